using System.Globalization;

namespace SaddleEscape.Numerics;

/// <summary>
/// A real number with a double's 53-bit mantissa and a 64-bit binary exponent: m·2^e. It exists for runs whose
/// coordinates leave double's range but not its precision — gradient descent on Du et al. 2017's octopus, whose
/// contracting coordinates shrink by a constant factor per step and fall below the smallest subnormal double after
/// about a thousand steps, long before they must grow back (a range problem, not a precision one).
/// <para>
/// Representation: values with |v| ∈ [2⁻⁹⁰⁰, 2⁹⁰⁰] (and 0) are held as the plain double v with e = 0, so that
/// arithmetic between them is plain double arithmetic; other values as m ∈ ±[1, 2) with |e| &gt; 900. Every operation
/// rounds once, exactly as IEEE double arithmetic would if its exponent were unbounded; so while every operand and
/// result lies in double's normal range, results are bit-identical to double's (tested). Only finite values: no NaN,
/// no infinity (a non-finite operand throws).
/// </para>
/// </summary>
public readonly struct ExtendedDouble : IEquatable<ExtendedDouble>
{
    private const int SafeExponent = 900;
    private const long MantissaMask = 0x000F_FFFF_FFFF_FFFFL;
    private const long SignMask = unchecked((long)0x8000_0000_0000_0000UL);

    private readonly double _m;
    private readonly long _e;

    private ExtendedDouble(double m, long e)
    {
        _m = m;
        _e = e;
    }

    /// <summary>Zero.</summary>
    public static ExtendedDouble Zero => default;

    /// <summary>The value of a finite double (throws on NaN or infinity).</summary>
    public static ExtendedDouble FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "an extended double holds finite values only");
        }

        if (value == 0 || InSafeRange(value))
        {
            return new ExtendedDouble(value, 0);
        }

        var (m, k) = Decompose(value);
        return Normalize(m, k);
    }

    /// <summary>The nearest double: 0 or a subnormal below double's range, ±∞ above it.</summary>
    public double ToDouble() => _e == 0 ? _m : _e < -1100 ? 0.0 * _m : Math.ScaleB(_m, (int)Math.Clamp(_e, -4000, 4000));

    /// <summary>−1, 0 or +1.</summary>
    public int Sign => Math.Sign(_m);

    /// <summary>True for zero.</summary>
    public bool IsZero => _m == 0;

    /// <summary>log₂|v| (−∞ for 0): e.g. −10⁶ for 2^(−10⁶).</summary>
    public double Log2Magnitude => _m == 0 ? double.NegativeInfinity : _e == 0 ? Math.Log2(Math.Abs(_m)) : _e + Math.Log2(Math.Abs(_m));

    /// <summary>|v|.</summary>
    public ExtendedDouble Abs() => new(Math.Abs(_m), _e);

    /// <summary>−v.</summary>
    public static ExtendedDouble operator -(ExtendedDouble value) => new(-value._m, value._e);

    /// <summary>v·c for a finite double c, rounded once.</summary>
    public static ExtendedDouble operator *(ExtendedDouble value, double factor)
    {
        if (!double.IsFinite(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "an extended double holds finite values only");
        }

        if (value._e == 0)
        {
            double p = value._m * factor;
            if (p == 0 || InSafeRange(p))
            {
                return new ExtendedDouble(p, 0);
            }
        }

        var (m, e) = value.Decompose();
        double product = m * factor;
        if (IsNormal(product))
        {
            return Normalize(product, e);
        }

        var (c, k) = Decompose(factor);
        return Normalize(m * c, e + k);
    }

    /// <summary>a·b, rounded once.</summary>
    public static ExtendedDouble operator *(ExtendedDouble a, ExtendedDouble b)
    {
        if (a._e == 0 && b._e == 0)
        {
            double p = a._m * b._m;
            if (p == 0 || InSafeRange(p))
            {
                return new ExtendedDouble(p, 0);
            }
        }

        var (ma, ea) = a.Decompose();
        var (mb, eb) = b.Decompose();
        return Normalize(ma * mb, ea + eb);
    }

    /// <summary>a + b, rounded once.</summary>
    public static ExtendedDouble operator +(ExtendedDouble a, ExtendedDouble b)
    {
        if (a._e == 0 && b._e == 0)
        {
            double s = a._m + b._m;
            if (s == 0 || InSafeRange(s))
            {
                return new ExtendedDouble(s, 0);
            }
        }

        var (ma, ea) = a.Decompose();
        var (mb, eb) = b.Decompose();
        if (ma == 0)
        {
            return b;
        }

        if (mb == 0)
        {
            return a;
        }

        if (eb > ea)
        {
            (ma, ea, mb, eb) = (mb, eb, ma, ea);
        }

        // b is below half an ulp of a: the sum rounds to a (|mb·2^(eb−ea)| < 2⁻⁵⁹ while a's ulp is 2⁻⁵²).
        long shift = eb - ea;
        return shift < -60 ? Normalize(ma, ea) : Normalize(ma + (mb * PowerOfTwo(shift)), ea);
    }

    /// <summary>a − b, rounded once.</summary>
    public static ExtendedDouble operator -(ExtendedDouble a, ExtendedDouble b) => a + (-b);

    /// <summary>True when the two hold the same value.</summary>
    public bool Equals(ExtendedDouble other) => _m.Equals(other._m) && _e == other._e;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExtendedDouble other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_m, _e);

    /// <summary>Equality of values.</summary>
    public static bool operator ==(ExtendedDouble left, ExtendedDouble right) => left.Equals(right);

    /// <summary>Inequality of values.</summary>
    public static bool operator !=(ExtendedDouble left, ExtendedDouble right) => !left.Equals(right);

    /// <summary>"v" in double's range, else "m×2^e".</summary>
    public override string ToString() => _e == 0
        ? _m.ToString("R", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{_m:R}×2^{_e}");

    private static bool IsNormal(double v)
    {
        long biased = (BitConverter.DoubleToInt64Bits(v) >> 52) & 0x7FF;
        return biased is >= 1 and <= 2046;
    }

    private static bool InSafeRange(double v)
    {
        long biased = (BitConverter.DoubleToInt64Bits(v) >> 52) & 0x7FF;
        return biased >= 1023 - SafeExponent && biased <= 1023 + SafeExponent;
    }

    // 2^k for −1022 ≤ k ≤ 1023, from its bits.
    private static double PowerOfTwo(long k) => BitConverter.Int64BitsToDouble((k + 1023) << 52);

    // A held value is never subnormal: plain ones lie in the safe range.
    private (double Mantissa, long Exponent) Decompose() => _e == 0 ? Split(_m) : (_m, _e);

    private static (double Mantissa, long Exponent) Decompose(double v)
    {
        if (v == 0)
        {
            return (0, 0);
        }

        if (double.IsSubnormal(v))
        {
            int k = Math.ILogB(v);
            return (Math.ScaleB(v, -k), k);
        }

        return Split(v);
    }

    // A normal double (or 0) as m ∈ ±[1, 2) times 2^k, from its bits.
    private static (double Mantissa, long Exponent) Split(double v)
    {
        if (v == 0)
        {
            return (0, 0);
        }

        long bits = BitConverter.DoubleToInt64Bits(v);
        return (BitConverter.Int64BitsToDouble((bits & (MantissaMask | SignMask)) | (1023L << 52)), ((bits >> 52) & 0x7FF) - 1023);
    }

    // The value m·2^e (m finite, normal — never subnormal — or 0; the product of two mantissas in [1, 2), or a sum of them) in canonical form.
    private static ExtendedDouble Normalize(double m, long e)
    {
        if (m == 0)
        {
            return Zero;
        }

        if (!double.IsFinite(m))
        {
            throw new OverflowException("extended double: a non-finite intermediate (a non-finite operand?)");
        }

        long bits = BitConverter.DoubleToInt64Bits(m);
        long exponent = e + ((bits >> 52) & 0x7FF) - 1023;
        long kept = bits & (MantissaMask | SignMask);
        return exponent >= -SafeExponent && exponent <= SafeExponent
            ? new ExtendedDouble(BitConverter.Int64BitsToDouble(kept | ((exponent + 1023) << 52)), 0)
            : new ExtendedDouble(BitConverter.Int64BitsToDouble(kept | (1023L << 52)), exponent);
    }
}
