using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace SaddleEscape.Problems;

/// <summary>
/// Du, Jin, Lee, Jordan, Póczos &amp; Singh 2017, "Gradient descent can take exponential time to
/// escape saddle points" (Bruna 2018, lecture 10, "Smooth counter-example"; Farrell &amp; Quintero Peña 2019 §1.1): the "octopus"
/// function. With u = |x| componentwise and i the first index with uᵢ ≤ 2τ,
/// <code>
/// f(x) = Σ_{j&lt;i} L(u_j − 4τ)² + piece_i − (i−1)ν
/// piece_i = −γuᵢ² + Σ_{j&gt;i} L u_j²                          if uᵢ ≤ τ
///         = g₁(uᵢ) + g₂(uᵢ)·u²ᵢ₊₁ + Σ_{j&gt;i+1} L u_j²          if τ &lt; uᵢ ≤ 2τ
/// f(x) = Σ_j L(u_j − 4τ)² − dν                                 if every u_j &gt; 2τ
/// </code>
/// with ν = (13/6)γτ² + (37/6)Lτ², g₁(x) = −γx² + (−14L+10γ)(x−τ)³/(3τ) + (5L−3γ)(x−τ)⁴/(2τ²),
/// g₂(x) = −γ − 10(L+γ)(x−2τ)³/τ³ − 15(L+γ)(x−2τ)⁴/τ⁴ − 6(L+γ)(x−2τ)⁵/τ⁵ (the last index
/// has g₁ alone). g₁, g₂ are the Hermite splines that make f C² across uᵢ = τ and uᵢ = 2τ:
/// g₁(τ) = −γτ², g₁(2τ) = 4Lτ² − ν, g₂(τ) = L, g₂(2τ) = −γ, with matching first and second
/// derivatives (checked in the tests). The saddles sit at u = (4τ,…,4τ,0,…,0); the global
/// minimisers at u_j = 4τ for all j, f* = −dν.
/// <para>
/// Domain. The paper defines f on a tube: every coordinate after i must satisfy u_j ≤ τ (there the
/// pieces meet continuously; elsewhere they do not), and it caps u_j ≤ 6τ before i. This class
/// drops the 6τ cap (the quadratic L(u−4τ)² continues smoothly) but keeps the tube condition:
/// outside it <see cref="Value"/> returns +∞, <see cref="Contains"/> is false, and the minimiser
/// stops with <c>left-domain</c>. The paper extends f to R^d only abstractly; runs from its
/// initialisations with small steps and perturbations stay inside the tube.
/// </para>
/// </summary>
public sealed class OctopusFunction : Objectives.IObjective, Objectives.IHessianVectorProduct, Objectives.IRestrictedDomain
{
    private readonly double _a;
    private readonly double _b;
    private readonly double _c3;
    private readonly double _c4;
    private readonly double _c5;

    /// <summary>The octopus in dimension <paramref name="dimension"/> with parameters L, γ, τ (the paper's experiments: L = e, γ = 1, τ = e).</summary>
    public OctopusFunction(int dimension, double lipschitz = Math.E, double gamma = 1, double tau = Math.E)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (!(lipschitz > 0) || !(gamma > 0) || !(tau > 0) || !double.IsFinite(lipschitz + gamma + tau))
        {
            throw new ArgumentException($"octopus: L, γ and τ must be finite numbers > 0 (got L = {lipschitz}, γ = {gamma}, τ = {tau})");
        }

        Dimension = dimension;
        L = lipschitz;
        Gamma = gamma;
        Tau = tau;
        Nu = ((13.0 / 6.0) * gamma * tau * tau) + ((37.0 / 6.0) * lipschitz * tau * tau);
        _a = (-14 * lipschitz + 10 * gamma) / (3 * tau);
        _b = (5 * lipschitz - 3 * gamma) / (2 * tau * tau);
        double lg = lipschitz + gamma;
        _c3 = -10 * lg / (tau * tau * tau);
        _c4 = -15 * lg / (tau * tau * tau * tau);
        _c5 = -6 * lg / (tau * tau * tau * tau * tau);
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>L, the curvature of the confining directions.</summary>
    public double L { get; }

    /// <summary>γ, the magnitude of the negative curvature at each saddle.</summary>
    public double Gamma { get; }

    /// <summary>τ, the width of each saddle region.</summary>
    public double Tau { get; }

    /// <summary>ν, the drop in f from one saddle to the next.</summary>
    public double Nu { get; }

    /// <summary>f* = −dν.</summary>
    public double GlobalMinimum => -Dimension * Nu;

    /// <inheritdoc />
    public string DomainDescription => "Du et al.'s tube: with i the first index where |x_i| ≤ 2τ, every later |x_j| ≤ τ";

    /// <summary>g₁.</summary>
    public double G1(double x)
    {
        double s = x - Tau;
        return (-Gamma * x * x) + (_a * s * s * s) + (_b * s * s * s * s);
    }

    /// <summary>g₁′.</summary>
    public double G1Prime(double x)
    {
        double s = x - Tau;
        return (-2 * Gamma * x) + (3 * _a * s * s) + (4 * _b * s * s * s);
    }

    /// <summary>g₁″.</summary>
    public double G1Second(double x)
    {
        double s = x - Tau;
        return (-2 * Gamma) + (6 * _a * s) + (12 * _b * s * s);
    }

    /// <summary>g₂.</summary>
    public double G2(double x)
    {
        double w = x - (2 * Tau);
        return -Gamma + (w * w * w * (_c3 + (w * (_c4 + (w * _c5)))));
    }

    /// <summary>g₂′.</summary>
    public double G2Prime(double x)
    {
        double w = x - (2 * Tau);
        return w * w * ((3 * _c3) + (w * ((4 * _c4) + (w * 5 * _c5))));
    }

    /// <summary>g₂″.</summary>
    public double G2Second(double x)
    {
        double w = x - (2 * Tau);
        return w * ((6 * _c3) + (w * ((12 * _c4) + (w * 20 * _c5))));
    }

    /// <summary>The region index i (0-based; <see cref="Dimension"/> when every |x_j| &gt; 2τ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Region(ReadOnlySpan<double> x)
    {
        for (int j = 0; j < x.Length; j++)
        {
            if (Math.Abs(x[j]) <= 2 * Tau)
            {
                return j;
            }
        }

        return x.Length;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<double> x)
    {
        int i = Region(x);
        for (int j = i + 1; j < x.Length; j++)
        {
            if (Math.Abs(x[j]) > Tau)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Evaluate(x, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        bool wantGradient = !gradient.IsEmpty;
        if (!Contains(x))
        {
            if (wantGradient)
            {
                gradient.Fill(double.NaN);
            }

            return double.PositiveInfinity;
        }

        int d = x.Length;
        int i = Region(x);
        double f = -Math.Min(i, d) * Nu;
        for (int j = 0; j < Math.Min(i, d); j++)
        {
            double u = Math.Abs(x[j]);
            f += L * (u - (4 * Tau)) * (u - (4 * Tau));
            if (wantGradient)
            {
                gradient[j] = 2 * L * (u - (4 * Tau)) * Math.Sign(x[j]);
            }
        }

        if (i == d)
        {
            return f;
        }

        // The region's own piece: f already holds −iν for 0-based i, i.e. −(i−1)ν in the paper's 1-based count.
        double ui = Math.Abs(x[i]);
        int tailStart = i + 1;
        if (ui <= Tau)
        {
            f += -Gamma * x[i] * x[i];
            if (wantGradient)
            {
                gradient[i] = -2 * Gamma * x[i];
            }
        }
        else
        {
            f += G1(ui);
            double dgi = G1Prime(ui);
            if (i + 1 < d)
            {
                double next = x[i + 1];
                f += G2(ui) * next * next;
                dgi += G2Prime(ui) * next * next;
                if (wantGradient)
                {
                    gradient[i + 1] = 2 * G2(ui) * next;
                }

                tailStart = i + 2;
            }

            if (wantGradient)
            {
                gradient[i] = dgi * Math.Sign(x[i]);
            }
        }

        var tail = x[tailStart..];
        f += L * Numerics.LoopKernels.Dot(tail, tail);
        if (wantGradient)
        {
            Numerics.LoopKernels.Multiply(tail, 2 * L, gradient[tailStart..]);
        }

        return f;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        if (!Contains(x))
        {
            result.Fill(double.NaN);
            return;
        }

        int d = x.Length;
        int i = Region(x);
        for (int j = 0; j < Math.Min(i, d); j++)
        {
            result[j] = 2 * L * v[j];
        }

        if (i == d)
        {
            return;
        }

        double ui = Math.Abs(x[i]);
        int tailStart = i + 1;
        if (ui <= Tau)
        {
            result[i] = -2 * Gamma * v[i];
        }
        else if (i + 1 < d)
        {
            double next = x[i + 1];
            double hii = G1Second(ui) + (G2Second(ui) * next * next);
            double hij = Math.Sign(x[i]) * G2Prime(ui) * 2 * next;
            double hjj = 2 * G2(ui);
            result[i] = (hii * v[i]) + (hij * v[i + 1]);
            result[i + 1] = (hij * v[i]) + (hjj * v[i + 1]);
            tailStart = i + 2;
        }
        else
        {
            result[i] = G1Second(ui) * v[i];
        }

        TensorPrimitives.Multiply(v[tailStart..], 2 * L, result[tailStart..]);
    }
}
