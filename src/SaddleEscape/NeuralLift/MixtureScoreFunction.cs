namespace SaddleEscape.NeuralLift;

/// <summary>
/// The score functions S_m(x) = (−1)^m ∇^m p(x)/p(x) (Goyal &amp; Ullah Eq. 8; Janzamin, Sedghi &amp; Anandkumar 2014)
/// of a <see cref="DiagonalGaussianMixture"/>, derived again because Goyal &amp; Ullah's Eq. 32–33 are garbled.
/// For one component, p_c = N(μ_c, diag(s_c²)), with z = diag(s_c²)^{-1}(x − μ_c) and Λ = diag(s_c^{-2}):
/// ∇p_c = −z·p_c, ∇²p_c = (zzᵀ − Λ)·p_c, ∇³p_c = −(z⊗z⊗z − z⊗Λ − Λ⊗z − (z⊗Λ)ᵀ)·p_c, the Hermite tensors
/// H₁ = z, H₂ = zzᵀ − Λ, H₃ = z^⊗3 − sym(z⊗Λ) (three terms). Since ∇^m p = Σ_c π_c ∇^m p_c,
/// S_m(x) = Σ_c r_c(x)·H_m^{(c)}(x) with the responsibilities r_c = π_c p_c(x)/p(x) — a posterior-weighted
/// combination of the components' Hermite tensors, not the sum of their scores. (Eq. 32's diagonal,
/// Σ r_c((x_i − μ_ci)² − s_ci²)/s_ci⁴, agrees.) S₃ is evaluated through its contractions, never as d³ numbers,
/// except by <see cref="Third"/> (for tests and small d).
/// </summary>
public sealed class MixtureScoreFunction
{
    private readonly DiagonalGaussianMixture _mixture;

    /// <summary>The score functions of <paramref name="mixture"/>.</summary>
    public MixtureScoreFunction(DiagonalGaussianMixture mixture)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        _mixture = mixture;
    }

    /// <summary>d.</summary>
    public int Dimension => _mixture.Dimension;

    /// <summary>S₁(x) = −∇p/p = Σ_c r_c z_c.</summary>
    public void First(ReadOnlySpan<double> x, Span<double> result)
    {
        int d = Dimension;
        var (r, z) = Buffers();
        _mixture.Responsibilities(x, r);
        result[..d].Clear();
        for (int c = 0; c < r.Length; c++)
        {
            _mixture.Standardized(c, x, z);
            for (int i = 0; i < d; i++)
            {
                result[i] += r[c] * z[i];
            }
        }
    }

    /// <summary>S₂(x) = ∇²p/p = Σ_c r_c (z_c z_cᵀ − Λ_c), d×d row-major.</summary>
    public void Second(ReadOnlySpan<double> x, Span<double> result)
    {
        int d = Dimension;
        var (r, z) = Buffers();
        _mixture.Responsibilities(x, r);
        result[..(d * d)].Clear();
        for (int c = 0; c < r.Length; c++)
        {
            _mixture.Standardized(c, x, z);
            var variance = _mixture.Variance(c);
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    result[(i * d) + j] += r[c] * (z[i] * z[j] - (i == j ? 1 / variance[i] : 0));
                }
            }
        }
    }

    /// <summary>S₃(x) = −∇³p/p densely, d³ row-major (for tests and small d).</summary>
    public void Third(ReadOnlySpan<double> x, Span<double> result)
    {
        int d = Dimension;
        var (r, z) = Buffers();
        _mixture.Responsibilities(x, r);
        result[..(d * d * d)].Clear();
        for (int c = 0; c < r.Length; c++)
        {
            _mixture.Standardized(c, x, z);
            var variance = _mixture.Variance(c);
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    for (int k = 0; k < d; k++)
                    {
                        double value = z[i] * z[j] * z[k];
                        if (j == k)
                        {
                            value -= z[i] / variance[j];
                        }

                        if (i == k)
                        {
                            value -= z[j] / variance[i];
                        }

                        if (i == j)
                        {
                            value -= z[k] / variance[i];
                        }

                        result[(((i * d) + j) * d) + k] += r[c] * value;
                    }
                }
            }
        }
    }

    /// <summary>
    /// S₃(x)(I, u, v) in O(M·d): Σ_c r_c [z (zᵀu)(zᵀv) − z (uᵀΛv) − Λu (zᵀv) − Λv (zᵀu)].
    /// </summary>
    public void ThirdContract(ReadOnlySpan<double> x, ReadOnlySpan<double> u, ReadOnlySpan<double> v, Span<double> result)
    {
        int d = Dimension;
        var (r, z) = Buffers();
        _mixture.Responsibilities(x, r);
        result[..d].Clear();
        for (int c = 0; c < r.Length; c++)
        {
            _mixture.Standardized(c, x, z);
            var variance = _mixture.Variance(c);
            double zu = 0, zv = 0, uv = 0;
            for (int i = 0; i < d; i++)
            {
                zu += z[i] * u[i];
                zv += z[i] * v[i];
                uv += u[i] * v[i] / variance[i];
            }

            for (int i = 0; i < d; i++)
            {
                result[i] += r[c] * ((z[i] * ((zu * zv) - uv)) - (u[i] * zv / variance[i]) - (v[i] * zu / variance[i]));
            }
        }
    }

    /// <summary>S₃(x)(a, u, v) = aᵀ S₃(x)(I, u, v).</summary>
    public double ThirdForm(ReadOnlySpan<double> x, ReadOnlySpan<double> a, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        var contracted = new double[Dimension];
        ThirdContract(x, u, v, contracted);
        return System.Numerics.Tensors.TensorPrimitives.Dot(contracted, a);
    }

    private (double[] R, double[] Z) Buffers() => (new double[_mixture.Components], new double[Dimension]);
}
