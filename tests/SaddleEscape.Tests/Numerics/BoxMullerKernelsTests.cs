using SaddleEscape.Numerics;
using System.Runtime.Intrinsics;

namespace SaddleEscape.Tests.Numerics;

/// <summary>
/// <see cref="BoxMullerKernels"/>' fdlibm logarithm, sine and cosine against the C library's (Math.Log, Math.Sin,
/// Math.Cos, glibc on Linux), counted in units in the last place: over a million points each, the generator's own inputs
/// (u₁ = k·2⁻⁵² in (0, 1], a = 2π⊗u for u = k·2⁻⁵² in [0, 1)) and the places where the reductions switch.
/// </summary>
public sealed class BoxMullerKernelsTests
{
    private const double Ulp52 = 1.0 / (1L << 52);

    /// <summary>Doubles as integers in the order of their values (−0 and +0 the same), so ulps apart = integers apart.</summary>
    private static long Ordered(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return bits < 0 ? long.MinValue - bits : bits;
    }

    private static long UlpsApart(double a, double b) => Math.Abs(Ordered(a) - Ordered(b));

    /// <summary>The generator's uniform: 52 random bits as k·2⁻⁵², k in [0, 2⁵²).</summary>
    private static double Uniform(Random random) => random.NextInt64(1L << 52) * Ulp52;

    private static double[] Apply(double[] x, Func<Vector256<double>, Vector256<double>> kernel)
    {
        var padded = new double[(x.Length + 3) / 4 * 4];
        Array.Fill(padded, 1.0);
        x.CopyTo(padded, 0);
        var result = new double[padded.Length];
        for (int i = 0; i < padded.Length; i += 4)
        {
            kernel(Vector256.Create((ReadOnlySpan<double>)padded.AsSpan(i, 4))).CopyTo(result.AsSpan(i));
        }

        return result[..x.Length];
    }

    /// <summary>The worst ulp distance of <paramref name="actual"/> from <paramref name="reference"/>, with its argument.</summary>
    private static (long Ulps, double At) Worst(double[] x, double[] actual, Func<double, double> reference)
    {
        (long Ulps, double At) worst = (0, double.NaN);
        for (int i = 0; i < x.Length; i++)
        {
            long d = UlpsApart(actual[i], reference(x[i]));
            if (d > worst.Ulps)
            {
                worst = (d, x[i]);
            }
        }

        return worst;
    }

    private static IEnumerable<double> Around(double center, int steps)
    {
        double below = center, above = center;
        yield return center;
        for (int i = 0; i < steps; i++)
        {
            below = Math.BitDecrement(below);
            above = Math.BitIncrement(above);
            yield return below;
            yield return above;
        }
    }

    private static double[] LogPoints()
    {
        var random = new Random(20260101);
        var points = new List<double>();
        // The generator's u₁ = 2 − [1, 2): multiples of 2⁻⁵² in (0, 1].
        points.AddRange(Enumerable.Range(0, 1 << 19).Select(_ => 1 - Uniform(random)));
        // The smallest u₁ (2⁻⁵², 2·2⁻⁵², …) and the largest (1, and the doubles just below it).
        points.AddRange(Enumerable.Range(1, 1 << 16).Select(k => k * Ulp52));
        points.AddRange(Around(1.0, 1 << 16).Where(x => x <= 1));
        // Every binade of (0, 1] with random fractions, down to the smallest normal.
        points.AddRange(Enumerable.Range(0, 1 << 18).Select(_ => Math.ScaleB(1 + Uniform(random), -1 - random.Next(1022))));
        // Where the reduction halves m (√2·2ʲ) and where fdlibm's f²/2 band starts and ends (top fraction bits 0x6147A
        // and 0x6B851), in 53 binades each.
        foreach (int j in Enumerable.Range(1, 53))
        {
            points.AddRange(Around(Math.ScaleB(Math.Sqrt(2), -j), 400));
            foreach (long top in new[] { 0x6147AL, 0x6B851L, 0x6A09CL })
            {
                double edge = BitConverter.Int64BitsToDouble(((1023L - j) << 52) | (top << 32));
                points.AddRange(Around(edge, 400).Where(x => x < 1));
            }
        }

        return [.. points];
    }

    private static double[] AnglePoints()
    {
        var random = new Random(20260102);
        var u = new List<double>();
        // The generator's u₂: multiples of 2⁻⁵² in [0, 1).
        u.AddRange(Enumerable.Range(0, 1 << 19).Select(_ => Uniform(random)));
        // Near 0 and 1, and near the quadrant boundaries u = 1/4, 1/2, 3/4 and the octants (2q + 1)/8, where n = round(a·2/π)
        // steps, 2¹⁵ multiples of 2⁻⁵² on each side.
        foreach (double center in new[] { 0.0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0 })
        {
            u.AddRange(Enumerable.Range(-(1 << 15), 1 << 16).Select(k => center + (k * Ulp52)).Where(x => x is >= 0 and < 1));
        }

        var angles = u.Select(x => x * (2 * Math.PI)).ToList();
        // Doubles of any kind in [0, 2π), and the doubles nearest the multiples of π/4 themselves, ± 2 000 ulps.
        angles.AddRange(Enumerable.Range(0, 1 << 17).Select(_ => random.NextDouble() * (2 * Math.PI)));
        foreach (int q in Enumerable.Range(1, 8))
        {
            angles.AddRange(Around(q * Math.PI / 4, 2000).Where(a => a < 2 * Math.PI));
        }

        return [.. angles];
    }

    [Fact]
    public void LogIsWithinOneUlpOfMathLogOverAMillionPointsOfZeroToOne()
    {
        var x = LogPoints();
        Assert.True(x.Length >= 1_000_000, $"{x.Length} points");
        Assert.All(x, v => Assert.True(v is > 0 and <= 1 && double.IsNormal(v)));
        var (ulps, at) = Worst(x, Apply(x, BoxMullerKernels.Log), Math.Log);
        Assert.True(ulps <= 1, $"log: {ulps} ulps at {at:R}");
        Assert.Equal(0.0, Apply([1.0], BoxMullerKernels.Log)[0]);
    }

    [Fact]
    public void SineAndCosineAreWithinOneUlpOfMathSinAndCosOverAMillionAnglesOfZeroToTwoPi()
    {
        var a = AnglePoints();
        Assert.True(a.Length >= 1_000_000, $"{a.Length} points");
        Assert.All(a, v => Assert.InRange(v, 0, Math.BitDecrement(2 * Math.PI)));
        var sin = Worst(a, Apply(a, v => BoxMullerKernels.SinCos(v).Sin), Math.Sin);
        var cos = Worst(a, Apply(a, v => BoxMullerKernels.SinCos(v).Cos), Math.Cos);
        Assert.True(sin.Ulps <= 1, $"sin: {sin.Ulps} ulps at {sin.At:R}");
        Assert.True(cos.Ulps <= 1, $"cos: {cos.Ulps} ulps at {cos.At:R}");
        var (s0, c0) = BoxMullerKernels.SinCos(Vector256<double>.Zero);
        Assert.Equal((0.0, 1.0), (s0[0], c0[0]));
    }

    [Fact]
    public void TheLastPairsGoThroughTheVectorCodeWhateverTheSpansLengthAndOffset()
    {
        // Every one of 4 096 pairs transformed alone (the padded 1-pair tail), and the first ones in spans of every
        // length 1..13 at every offset 0..4 of arrays, agree bit for bit with the same pairs in one long span: no element
        // takes a different path for being in a tail or misaligned. (A scalar tail through Math.Log/Sin/Cos fails this.)
        const int pairs = 4096;
        var random = new Random(5);
        var u1 = Enumerable.Range(0, pairs).Select(_ => 1 - Uniform(random)).ToArray();
        var u2 = Enumerable.Range(0, pairs).Select(_ => Uniform(random)).ToArray();
        var (cos, sin) = (new double[pairs], new double[pairs]);
        BoxMullerKernels.Transform(u1, u2, 1.5, cos, sin);
        var (c, s) = (new double[16], new double[14]);
        for (int i = 0; i < pairs; i++)
        {
            BoxMullerKernels.Transform(u1.AsSpan(i, 1), u2.AsSpan(i, 1), 1.5, c.AsSpan(3, 1), s.AsSpan(1, 1));
            Assert.Equal((cos[i], sin[i]), (c[3], s[1]));
        }

        for (int offset = 0; offset <= 4; offset++)
        {
            for (int n = 1; n <= 13; n++)
            {
                BoxMullerKernels.Transform(u1.AsSpan(offset, n), u2.AsSpan(offset, n), 1.5, c.AsSpan(3, n), s.AsSpan(1, n));
                Assert.Equal(cos.AsSpan(offset, n).ToArray(), c.AsSpan(3, n).ToArray());
                Assert.Equal(sin.AsSpan(offset, n).ToArray(), s.AsSpan(1, n).ToArray());
            }
        }

        // And the pairs are Box–Muller's, to a few ulps of the C library's.
        for (int i = 0; i < pairs; i++)
        {
            double radius = 1.5 * Math.Sqrt(-2 * Math.Log(u1[i]));
            double angle = 2 * Math.PI * u2[i];
            Assert.True(UlpsApart(cos[i], radius * Math.Cos(angle)) <= 4, $"cos pair {i}");
            Assert.True(UlpsApart(sin[i], radius * Math.Sin(angle)) <= 4, $"sin pair {i}");
        }

        Assert.Throws<ArgumentException>(() => BoxMullerKernels.Transform(u1, u2, 1, cos, new double[pairs - 1]));
    }
}
