using System.Runtime.Intrinsics;

namespace SaddleEscape.Numerics;

/// <summary>
/// Kernels over four rows at once, for row-wise passes that would otherwise reload the same vector once per row
/// (one load of <c>v</c> serves four fused multiply-adds).
/// </summary>
public static class FourRows
{
    /// <summary>(x₀·v, x₁·v, x₂·v, x₃·v) for rows of v's length.</summary>
    public static (double, double, double, double) Dot(ReadOnlySpan<double> x0, ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, ReadOnlySpan<double> x3, ReadOnlySpan<double> v)
    {
        int d = v.Length;
        if (x0.Length < d || x1.Length < d || x2.Length < d || x3.Length < d)
        {
            throw new ArgumentException("every row must be at least as long as v");
        }

        var a0 = Vector256<double>.Zero;
        var a1 = Vector256<double>.Zero;
        var a2 = Vector256<double>.Zero;
        var a3 = Vector256<double>.Zero;
        int l = 0;
        for (; l + 4 <= d; l += 4)
        {
            var bv = Vector256.Create(v.Slice(l, 4));
            a0 = Vector256.FusedMultiplyAdd(Vector256.Create(x0.Slice(l, 4)), bv, a0);
            a1 = Vector256.FusedMultiplyAdd(Vector256.Create(x1.Slice(l, 4)), bv, a1);
            a2 = Vector256.FusedMultiplyAdd(Vector256.Create(x2.Slice(l, 4)), bv, a2);
            a3 = Vector256.FusedMultiplyAdd(Vector256.Create(x3.Slice(l, 4)), bv, a3);
        }

        double s0 = Vector256.Sum(a0), s1 = Vector256.Sum(a1), s2 = Vector256.Sum(a2), s3 = Vector256.Sum(a3);
        for (; l < d; l++)
        {
            s0 += x0[l] * v[l];
            s1 += x1[l] * v[l];
            s2 += x2[l] * v[l];
            s3 += x3[l] * v[l];
        }

        return (s0, s1, s2, s3);
    }

    /// <summary>target += c₀·v₀ + c₁·v₁ + c₂·v₂ + c₃·v₃ (target loaded and stored once).</summary>
    public static void MultiplyAdd(Span<double> target, double c0, ReadOnlySpan<double> v0, double c1, ReadOnlySpan<double> v1, double c2, ReadOnlySpan<double> v2, double c3, ReadOnlySpan<double> v3)
    {
        int n = target.Length;
        if (v0.Length < n || v1.Length < n || v2.Length < n || v3.Length < n)
        {
            throw new ArgumentException("every vector must be at least as long as the target");
        }

        var b0 = Vector256.Create(c0);
        var b1 = Vector256.Create(c1);
        var b2 = Vector256.Create(c2);
        var b3 = Vector256.Create(c3);
        int l = 0;
        for (; l + 4 <= n; l += 4)
        {
            var acc = Vector256.Create((ReadOnlySpan<double>)target.Slice(l, 4));
            acc = Vector256.FusedMultiplyAdd(Vector256.Create(v0.Slice(l, 4)), b0, acc);
            acc = Vector256.FusedMultiplyAdd(Vector256.Create(v1.Slice(l, 4)), b1, acc);
            acc = Vector256.FusedMultiplyAdd(Vector256.Create(v2.Slice(l, 4)), b2, acc);
            acc = Vector256.FusedMultiplyAdd(Vector256.Create(v3.Slice(l, 4)), b3, acc);
            acc.CopyTo(target.Slice(l, 4));
        }

        for (; l < n; l++)
        {
            target[l] += (c0 * v0[l]) + (c1 * v1[l]) + (c2 * v2[l]) + (c3 * v3[l]);
        }
    }
}
