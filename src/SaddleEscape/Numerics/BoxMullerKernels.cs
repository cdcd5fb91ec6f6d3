using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SaddleEscape.Numerics;

/// <summary>
/// The transcendental half of <see cref="NormalGenerator"/>: Box–Muller (Box &amp; Muller 1958),
/// z₁ = σ√(−2 ln u₁)·cos 2πu₂ and z₂ = σ√(−2 ln u₁)·sin 2πu₂, over <see cref="Vector256{T}"/> lanes, with the natural
/// logarithm and the sine and cosine re-derived from fdlibm (Sun Microsystems 1993): <see cref="Log"/> follows
/// <c>__ieee754_log</c>, <see cref="SinCos"/> follows <c>__ieee754_rem_pio2</c>'s Cody–Waite reduction (Cody &amp; Waite
/// 1980) and <c>__kernel_sin</c>/<c>__kernel_cos</c>.
/// <para>
/// Why not <c>TensorPrimitives.Log/Sin/Cos</c>: their polynomials use <c>MultiplyAddEstimate</c>, which the JIT compiles
/// to a fused multiply-add in optimised code and to a separate product and sum at tier 0, and System.Numerics.Tensors
/// ships as IL, so every fresh process started them at tier 0: the same seed gave different last bits before and after
/// tier-up (82 of 262 144 draws for 64 seeds in one process), and the tier-0 calls took about 60 % of a cold PGD run.
/// </para>
/// <para>
/// Every operation here is correctly rounded IEEE 754 arithmetic (+, −, ×, ÷, √, never fused, nothing "estimate") or an
/// exact bit operation, each lane computed alone, so a result depends only on its input: not on the JIT tier, the lane,
/// the span's length or alignment, or whether <see cref="Vector256{T}"/> is hardware-accelerated (its software fallback
/// rounds the same). A span's last &lt; 4 elements go through the same vector code in a padded vector. The kernels are
/// compiled optimised on their first call (<see cref="MethodImplOptions.AggressiveOptimization"/>) for speed, not for
/// their bits.
/// </para>
/// </summary>
internal static class BoxMullerKernels
{
    // fdlibm e_log.c: ln 2 split so that k·Ln2Hi is exact for |k| < 2¹¹, and the minimax polynomial
    // R(s²) ≈ (ln((1 + s)/(1 − s)) − 2s)/s on s² ∈ [0, 0.1716²] (|error| < 2⁻⁵⁸·⁴⁵).
    private const double Ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42_FEE00000
    private const double Ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF_35793C76
    private const double Lg1 = 6.666666666666735130e-01; // 0x3FE55555_55555593
    private const double Lg2 = 3.999999999940941908e-01; // 0x3FD99999_9997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 0x3FD24924_94229359
    private const double Lg4 = 2.222219843214978396e-01; // 0x3FCC71C5_1D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 0x3FC74664_96CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 0x3FC39A09_D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 0x3FC2F112_DF3E5244

    // fdlibm e_rem_pio2.c: 2/π, and π/2 = Pio2A + Pio2B + Pio2BTail, the first two with 33 significant bits, so that
    // n·Pio2A and n·Pio2B are exact for |n| < 2²⁰ (118 bits of π/2 in all).
    private const double InvPio2 = 6.36619772367581382433e-01; // 0x3FE45F30_6DC9C883
    private const double Pio2A = 1.57079632673412561417e+00; // 0x3FF921FB_54400000
    private const double Pio2B = 6.07710050630396597660e-11; // 0x3DD0B461_1A600000
    private const double Pio2BTail = 2.02226624879595063154e-21; // 0x3BA3198A_2E037073

    // fdlibm k_sin.c and k_cos.c: sin x ≈ x + x³(S1 + x²S2 + … + x¹⁰S6) and cos x ≈ 1 − x²/2 + x⁴(C1 + x²C2 + … + x¹⁰C6)
    // on |x| ≤ π/4 (|error| < 2⁻⁵⁸ and 2⁻⁵⁸ relative).
    private const double S1 = -1.66666666666666324348e-01; // 0xBFC55555_55555549
    private const double S2 = 8.33333333332248946124e-03; // 0x3F811111_1110F8A6
    private const double S3 = -1.98412698298579493134e-04; // 0xBF2A01A0_19C161D5
    private const double S4 = 2.75573137070700676789e-06; // 0x3EC71DE3_57B1FE7D
    private const double S5 = -2.50507602534068634195e-08; // 0xBE5AE5E6_8A2B9CEB
    private const double S6 = 1.58969099521155010221e-10; // 0x3DE5D93A_5ACFD57C
    private const double C1 = 4.16666666666666019037e-02; // 0x3FA55555_5555554C
    private const double C2 = -1.38888888888741095749e-03; // 0xBF56C16C_16C15177
    private const double C3 = 2.48015872894767294178e-05; // 0x3EFA01A0_19CB1590
    private const double C4 = -2.75573143513906633035e-07; // 0xBE927E4F_809C52AD
    private const double C5 = 2.08757232129817482790e-09; // 0x3E21EE9E_BDB4B1C4
    private const double C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9_BE8838D4

    /// <summary>1.5·2⁵²: x + this rounds x to the nearest integer n (ties to even) and leaves n mod 2⁵¹ in the low bits.</summary>
    private const double RoundingShift = 6755399441055744.0;

    /// <summary>2⁵² + 1023: (2⁵² + e) − this is e − 1023 exactly, for a biased exponent e placed in a mantissa.</summary>
    private const double ExponentShift = 4503599627371519.0;

    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>
    /// Box–Muller on pairs of uniforms: <paramref name="cosines"/>[i] = σ√(−2 ln u₁[i])·cos(2π⊗u₂[i]) and
    /// <paramref name="sines"/>[i] the same with sin, where 2π⊗u₂ is the rounded product; u₁ in (0, 1] (positive normal),
    /// u₂ in [0, 1). The operations and their order are those of the TensorPrimitives code this replaced.
    /// </summary>
    /// <exception cref="ArgumentException">The four spans differ in length.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transform(ReadOnlySpan<double> u1, ReadOnlySpan<double> u2, double sigma, Span<double> cosines, Span<double> sines)
    {
        int n = u1.Length;
        if (u2.Length != n || cosines.Length != n || sines.Length != n)
        {
            throw new ArgumentException("u1, u2, cosines and sines must have the same length.", nameof(u2));
        }

        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        ref double rc = ref MemoryMarshal.GetReference(cosines);
        ref double rs = ref MemoryMarshal.GetReference(sines);
        var scale = Vector256.Create(sigma);
        int i = 0;
        for (; i + 4 <= n; i += 4)
        {
            var (cos, sin) = Pair(Vector256.LoadUnsafe(ref r1, (nuint)i), Vector256.LoadUnsafe(ref r2, (nuint)i), scale);
            cos.StoreUnsafe(ref rc, (nuint)i);
            sin.StoreUnsafe(ref rs, (nuint)i);
        }

        if (i < n)
        {
            // The last 1–3 pairs in a vector padded with (u₁, u₂) = (1, 0), through the same code as the others.
            Span<double> lanes = stackalloc double[16];
            lanes[..8].Clear();
            lanes[..4].Fill(1.0);
            u1[i..].CopyTo(lanes);
            u2[i..].CopyTo(lanes[4..]);
            var (cos, sin) = Pair(Vector256.Create((ReadOnlySpan<double>)lanes[..4]), Vector256.Create((ReadOnlySpan<double>)lanes[4..8]), scale);
            cos.CopyTo(lanes[8..]);
            sin.CopyTo(lanes[12..]);
            lanes.Slice(8, n - i).CopyTo(cosines[i..]);
            lanes.Slice(12, n - i).CopyTo(sines[i..]);
        }
    }

    /// <summary>One vector of Box–Muller pairs: (σ√(−2 ln u₁)·cos 2πu₂, σ√(−2 ln u₁)·sin 2πu₂).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static (Vector256<double> Cos, Vector256<double> Sin) Pair(Vector256<double> u1, Vector256<double> u2, Vector256<double> sigma)
    {
        var radius = Vector256.Sqrt(Log(u1) * -2.0) * sigma;
        var (sin, cos) = SinCos(u2 * (2 * Math.PI));
        return (radius * cos, radius * sin);
    }

    /// <summary>
    /// ln x for positive normal x, lane by lane (fdlibm's <c>__ieee754_log</c>): x = 2ᵏ·m with m in [√½, √2),
    /// f = m − 1, s = f/(2 + f), ln m = 2s + s·R(s²) evaluated as f − (f²/2 − s(f²/2 + R)) (or f − s(f − R)),
    /// ln x = k·ln2_hi + (ln m + k·ln2_lo). Under 1 ulp; measured against Math.Log in the tests. Zero, negative,
    /// subnormal, infinite and NaN inputs give meaningless results (the generator's u₁ ≥ 2⁻⁵² never is one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    internal static Vector256<double> Log(Vector256<double> x)
    {
        var bits = x.AsUInt64();
        var high = bits >>> 32; // fdlibm's hx: sign, exponent and the fraction's top 20 bits
        var fraction = high & Vector256.Create(0x000F_FFFFUL);

        // Top fraction bits ≥ 0x6A09C (m just under √2, whose are 0x6A09E) carry into bit 20: then use m/2 and k + 1.
        var carry = (fraction + Vector256.Create(0x9_5F64UL)) & Vector256.Create(0x10_0000UL);
        var m = (((fraction | (carry ^ Vector256.Create(0x3FF0_0000UL))) << 32) | (bits & Vector256.Create(0xFFFF_FFFFUL))).AsDouble();
        var k = (((high >>> 20) + (carry >>> 20)) | Vector256.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector256.Create(ExponentShift);

        var f = m - Vector256<double>.One;
        var s = f / (Vector256.Create(2.0) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Vector256.Create(Lg2) + (w * (Vector256.Create(Lg4) + (w * Vector256.Create(Lg6)))));
        var t2 = z * (Vector256.Create(Lg1) + (w * (Vector256.Create(Lg3) + (w * (Vector256.Create(Lg5) + (w * Vector256.Create(Lg7)))))));
        var r = t2 + t1;
        var kHi = k * Ln2Hi;
        var kLo = k * Ln2Lo;
        var halfSquare = Vector256.Create(0.5) * f * f;

        // fdlibm keeps f²/2 apart where the fraction's top bits are in [0x6147A, 0x6B851] (m near 1.38–1.42, before
        // halving), i.e. where (fraction − 0x6147A) | (0x6B851 − fraction) is positive as a signed integer.
        var band = (fraction - Vector256.Create(0x6_147AUL)) | (Vector256.Create(0x6_B851UL) - fraction);
        var keepHalfSquare = Vector256.GreaterThan(band.AsInt64(), Vector256<long>.Zero).AsDouble();
        var withHalfSquare = kHi - ((halfSquare - ((s * (halfSquare + r)) + kLo)) - f);
        var plain = kHi - (((s * (f - r)) - kLo) - f);
        return Vector256.ConditionalSelect(keepHalfSquare, withHalfSquare, plain);
    }

    /// <summary>
    /// (sin a, cos a) lane by lane for |a| ≤ 2π (the generator's a = 2π⊗u in [0, 2π)), from one reduction: n = the
    /// integer nearest a·2/π (by the 1.5·2⁵² shift), a − n·π/2 = y₀ + y₁ by Cody–Waite subtraction of π/2 in three
    /// pieces (fdlibm's <c>__ieee754_rem_pio2</c>, its second iteration always taken: the doubles below 2π come no nearer
    /// than 6·10⁻¹⁷ to a multiple of π/2, and 118 bits of π/2 leave y₀ + y₁ good to 2⁻⁶⁵ relative), fdlibm's
    /// <c>__kernel_sin</c> and <c>__kernel_cos</c> on (y₀, y₁), and n mod 4 picking ±sin or ±cos for each.
    /// Under 1 ulp; measured against Math.Sin and Math.Cos in the tests.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    internal static (Vector256<double> Sin, Vector256<double> Cos) SinCos(Vector256<double> a)
    {
        var shifted = (a * InvPio2) + Vector256.Create(RoundingShift);
        var n = shifted - Vector256.Create(RoundingShift);
        var quadrant = shifted.AsUInt64();

        var head = a - (n * Pio2A); // exact: n·Pio2A is, and the difference is a multiple of a's ulp under 1 in size
        var w = n * Pio2B;
        var r = head - w;
        w = (n * Pio2BTail) - ((head - r) - w);
        var y0 = r - w;
        var y1 = (r - y0) - w;

        var z = y0 * y0;
        var v = z * y0;
        var rs = Vector256.Create(S2) + (z * (Vector256.Create(S3) + (z * (Vector256.Create(S4) + (z * (Vector256.Create(S5) + (z * Vector256.Create(S6))))))));
        var sin = y0 - (((z * ((Vector256.Create(0.5) * y1) - (v * rs))) - y1) - (v * S1));

        var rc = z * (Vector256.Create(C1) + (z * (Vector256.Create(C2) + (z * (Vector256.Create(C3) + (z * (Vector256.Create(C4) + (z * (Vector256.Create(C5) + (z * Vector256.Create(C6)))))))))));
        // fdlibm's qx: 1 − qx and x²/2 − qx are computed exactly where cos is far from 1 (qx = 0 below |x| = 0.3,
        // |x|/4 cut to its high word up to 0.78125, 0.28125 above).
        var highWord = ((y0.AsUInt64() & ~Vector256.Create(SignBit)) >>> 32).AsInt64();
        var quarter = ((highWord - Vector256.Create(0x0020_0000L)) << 32).AsDouble();
        var qx = Vector256.ConditionalSelect(
            Vector256.GreaterThan(highWord, Vector256.Create(0x3FE9_0000L)).AsDouble(),
            Vector256.Create(0.28125),
            Vector256.ConditionalSelect(Vector256.LessThan(highWord, Vector256.Create(0x3FD3_3333L)).AsDouble(), Vector256<double>.Zero, quarter));
        var cos = (Vector256<double>.One - qx) - (((Vector256.Create(0.5) * z) - qx) - ((z * rc) - (y0 * y1)));

        // n mod 4 = 0: (sin, cos); 1: (cos, −sin); 2: (−sin, −cos); 3: (−cos, sin).
        var odd = Vector256.Equals(quadrant & Vector256<ulong>.One, Vector256<ulong>.One).AsDouble();
        var sinSign = ((quadrant & Vector256.Create(2UL)) << 62).AsDouble();
        var cosSign = (((quadrant + Vector256<ulong>.One) & Vector256.Create(2UL)) << 62).AsDouble();
        return (Vector256.ConditionalSelect(odd, cos, sin) ^ sinSign, Vector256.ConditionalSelect(odd, sin, cos) ^ cosSign);
    }
}
