using FsCheck;
using FsCheck.Fluent;
using SaddleEscape.Numerics;

namespace SaddleEscape.Tests.Numerics;

public sealed class ExtendedDoubleTests
{
    // Doubles with |v| in [2⁻⁴⁰⁰, 2⁴⁰⁰]: every product and sum of two of them stays in double's normal range.
    private static Arbitrary<double> InRange() =>
        (from mantissa in Gen.Choose(-1_000_000, 1_000_000).Where(m => m != 0)
         from fraction in Gen.Choose(0, 1 << 30)
         from exponent in Gen.Choose(-400, 400)
         select Math.ScaleB(mantissa + (fraction / (double)(1 << 30)), exponent)).ToArbitrary();

    private static ulong Bits(double v) => (ulong)BitConverter.DoubleToInt64Bits(v);

    [Fact]
    public void InDoublesRangeEveryOperationIsBitIdenticalToDouble()
    {
        Prop.ForAll(InRange(), InRange(), (a, b) =>
        {
            var x = ExtendedDouble.FromDouble(a);
            var y = ExtendedDouble.FromDouble(b);
            return Bits((x * b).ToDouble()) == Bits(a * b)
                && Bits((x * y).ToDouble()) == Bits(a * b)
                && Bits((x + y).ToDouble()) == Bits(a + b)
                && Bits((x - y).ToDouble()) == Bits(a - b);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BelowDoublesRangeSumsRoundAsDoubleWouldForEveryExponentGap()
    {
        // a·2^−3000 + b·2^(−3000−k), scaled back by 2^3000, equals a + b·2^−k rounded once, for gaps k of 0…70 bits.
        static ExtendedDouble Scale(ExtendedDouble v, int power)
        {
            for (int i = 0; i < Math.Abs(power) / 1000; i++)
            {
                v *= Math.ScaleB(1, Math.Sign(power) * 1000);
            }

            return v * Math.ScaleB(1, power % 1000);
        }

        var gaps = Gen.Choose(0, 70).ToArbitrary();
        Prop.ForAll(InRange(), InRange(), gaps, (a, b, k) =>
        {
            double ma = Math.ScaleB(Math.Abs(a), -Math.ILogB(a)) * Math.Sign(a), mb = Math.ScaleB(Math.Abs(b), -Math.ILogB(b)) * Math.Sign(b);
            var sum = Scale(ExtendedDouble.FromDouble(ma), -3000) + Scale(ExtendedDouble.FromDouble(mb), -3000 - k);
            return Bits(Scale(sum, 3000).ToDouble()) == Bits(ma + Math.ScaleB(mb, -k));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BeyondDoublesRangeValuesAreKeptExactly()
    {
        var x = ExtendedDouble.FromDouble(0.75);
        for (int i = 0; i < 1_000_000; i++)
        {
            x *= 0.5;
        }

        Assert.Equal(0.0, x.ToDouble());
        Assert.False(x.IsZero);
        Assert.Equal(-1_000_000 + Math.Log2(0.75), x.Log2Magnitude, 6);
        var y = x * 3.0;
        for (int i = 0; i < 1_000_000; i++)
        {
            y *= 2.0;
        }

        Assert.Equal(2.25, y.ToDouble());

        // Sums below range: 2·a, and a + b where b is below half an ulp of a.
        Assert.Equal((x * 2.0).Log2Magnitude, (x + x).Log2Magnitude, 12);
        Assert.Equal(x, x + (x * 1e-20));
        Assert.True((x - x).IsZero);
        Assert.Equal(1.0, (ExtendedDouble.FromDouble(1) + x).ToDouble());

        // Products of two tiny values and a subnormal round trip.
        var tiny = ExtendedDouble.FromDouble(Math.ScaleB(1, -1000));
        Assert.Equal(-2000, (tiny * tiny).Log2Magnitude);
        Assert.Equal(double.Epsilon, ExtendedDouble.FromDouble(double.Epsilon).ToDouble());
        Assert.Equal(-1074, ExtendedDouble.FromDouble(double.Epsilon).Log2Magnitude);
    }

    [Fact]
    public void NonFiniteInputIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtendedDouble.FromDouble(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtendedDouble.FromDouble(double.PositiveInfinity) * 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtendedDouble.FromDouble(1) * double.NaN);
    }
}
