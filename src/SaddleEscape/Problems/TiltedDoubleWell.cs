using System.Numerics.Tensors;

namespace SaddleEscape.Problems;

/// <summary>
/// The small cubic/quartic toy with a strict saddle (the two-dimensional picture the saddle-escape papers draw; this form,
/// a double well in x₁ plus n − 1 positive-curvature coordinates, is the library's own, from no paper's equation):
/// f(x) = g(x₁) + ½Σ_{i≥2} xᵢ² with
/// g(t) = ¼t⁴ − (c/3)t³ − ½t². g′(t) = t(t² − ct − 1), so the critical points are x₁ ∈ {0, t₋, t₊},
/// t± = (c ± √(c² + 4))/2, with the other coordinates 0. At 0 the Hessian is diag(−1, 1, …, 1): a strict saddle with g = 0
/// exactly. g″(t±) = ct± + 2 &gt; 0: two minima, symmetric (t± = ±1, f = −¼) when c = 0 (the quartic double well); for
/// c &gt; 0 the global one is t₊ and t₋ = −1/t₊ is a spurious local minimum (c = 1: t₊ = φ, f* = −(5φ + 4)/12).
/// ∇f = (g′(x₁), x₂, …, xₙ); ∇²f = diag(g″(x₁), 1, …, 1) with g″(t) = 3t² − 2ct − 1.
/// </summary>
public sealed class TiltedDoubleWell : Objectives.IObjective, Objectives.IHessianVectorProduct
{
    /// <summary>f on Rⁿ (n = <paramref name="dimension"/> ≥ 2) with cubic weight <paramref name="cubic"/> = c ≥ 0.</summary>
    public TiltedDoubleWell(int dimension, double cubic)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        if (!(cubic >= 0) || !double.IsFinite(cubic))
        {
            throw new ArgumentOutOfRangeException(nameof(cubic), cubic, "c must be a finite number ≥ 0");
        }

        Dimension = dimension;
        Cubic = cubic;
    }

    /// <summary>c, the weight of the cubic tilt.</summary>
    public double Cubic { get; }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>t₊ = (c + √(c² + 4))/2: x₁ of the global minimiser.</summary>
    public double GlobalMinimizerCoordinate => (Cubic + Math.Sqrt((Cubic * Cubic) + 4)) / 2;

    /// <summary>t₋ = (c − √(c² + 4))/2 = −1/t₊: x₁ of the other minimiser (global too when c = 0).</summary>
    public double OtherMinimizerCoordinate => -1 / GlobalMinimizerCoordinate;

    /// <summary>g(t) = ¼t⁴ − (c/3)t³ − ½t².</summary>
    public double Profile(double t) => (0.25 * t * t * t * t) - (Cubic / 3 * t * t * t) - (0.5 * t * t);

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x)
    {
        var rest = x[1..Dimension];
        return Profile(x[0]) + (0.5 * TensorPrimitives.Dot(rest, rest));
    }

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        double t = x[0];
        gradient[0] = t * ((t * t) - (Cubic * t) - 1);
        x[1..Dimension].CopyTo(gradient[1..Dimension]);
        return Value(x);
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        double t = x[0];
        result[0] = ((3 * t * t) - (2 * Cubic * t) - 1) * v[0];
        v[1..Dimension].CopyTo(result[1..Dimension]);
    }
}
