using SaddleEscape.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace SaddleEscape.Problems;

/// <summary>
/// The quadratic saddle of Bruna 2018, lecture 10 ("Intuition: quadratic case", g(θ) = θᵀHθ with H diagonal
/// and mixed signs), confined by a quartic so that minima exist:
/// f(x) = ½ Σᵢ λᵢ xᵢ² + (μ/4)‖x‖⁴. With λᵢ = −γ on s coordinates and λᵢ &gt; 0 elsewhere, 0 is a
/// strict saddle (λ_min = −γ) whose stable manifold is {x : the s negative coordinates are 0},
/// and the global minimisers are the points with positive coordinates 0 and ‖x_neg‖ = √(γ/μ)
/// (±√(γ/μ)·e₁ when s = 1; a sphere of minimisers, hence degenerate ones, when s &gt; 1), with
/// f* = −γ²/(4μ). ∇f = (λᵢ + μ‖x‖²)xᵢ; ∇²f·v = (λᵢ + μ‖x‖²)vᵢ + 2μ(xᵀv)xᵢ.
/// </summary>
public sealed class QuadraticSaddle : Objectives.IObjective, Objectives.IHessianVectorProduct
{
    private readonly double[] _lambda;

    /// <summary>f with diagonal <paramref name="eigenvalues"/> λ and quartic weight <paramref name="mu"/> ≥ 0.</summary>
    public QuadraticSaddle(double[] eigenvalues, double mu)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Length == 0 || !eigenvalues.All(double.IsFinite))
        {
            throw new ArgumentException("eigenvalues must be a non-empty list of finite numbers", nameof(eigenvalues));
        }

        if (!(mu >= 0) || !double.IsFinite(mu))
        {
            throw new ArgumentOutOfRangeException(nameof(mu), mu, "μ must be a finite number ≥ 0");
        }

        _lambda = (double[])eigenvalues.Clone();
        Mu = mu;
    }

    /// <summary>The diagonal λ.</summary>
    public IReadOnlyList<double> Eigenvalues => _lambda;

    /// <summary>μ.</summary>
    public double Mu { get; }

    /// <inheritdoc />
    public int Dimension => _lambda.Length;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x)
    {
        double quadratic = 0;
        for (int i = 0; i < _lambda.Length; i++)
        {
            quadratic += _lambda[i] * x[i] * x[i];
        }

        double r2 = TensorPrimitives.Dot(x, x);
        return 0.5 * quadratic + 0.25 * Mu * r2 * r2;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        double r2 = LoopKernels.Dot(x, x);
        var g = gradient[.._lambda.Length];
        LoopKernels.Multiply(_lambda, x, g);                      // λ∘x
        double quadratic = LoopKernels.Dot(g, x);                // Σ λᵢxᵢ²
        LoopKernels.MultiplyAdd(x, Mu * r2, g, g);               // (λᵢ + μ‖x‖²)xᵢ
        return 0.5 * quadratic + 0.25 * Mu * r2 * r2;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        double r2 = TensorPrimitives.Dot(x, x);
        double xv = TensorPrimitives.Dot(x, v);
        for (int i = 0; i < _lambda.Length; i++)
        {
            result[i] = ((_lambda[i] + Mu * r2) * v[i]) + (2 * Mu * xv * x[i]);
        }
    }
}
