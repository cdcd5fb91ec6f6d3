using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.Objectives;

/// <summary>
/// Turns a deterministic objective into a stochastic one: g(x; θ) = ∇f(x) + σ·z/√b with
/// z ~ N(0, I), the mean of b samples of an oracle with isotropic Gaussian error of size σ per
/// coordinate (the ε_k term of Bruna's lecture 10 noisy SGD). Unbiased, with E‖g − ∇f‖² = σ²·n/b.
/// Pass it to <see cref="Oracle"/> as the stochastic oracle of the objective it wraps.
/// </summary>
public sealed class AdditiveGaussianGradientNoise : IStochasticObjective
{
    private readonly IObjective _inner;
    private readonly double[] _noise;

    /// <summary>Wraps <paramref name="inner"/> with per-coordinate noise of standard deviation <paramref name="sigma"/>.</summary>
    public AdditiveGaussianGradientNoise(IObjective inner, double sigma)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!(sigma >= 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "gradient noise must be a finite number ≥ 0");
        }

        _inner = inner;
        Sigma = sigma;
        _noise = new double[inner.Dimension];
    }

    /// <summary>Per-coordinate standard deviation of one sample gradient's error.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        double value = _inner.ValueAndGradient(x, gradient);
        if (Sigma > 0)
        {
            NormalGenerator.Fill(random, _noise, Sigma / Math.Sqrt(batchSize));
            TensorPrimitives.Add(gradient, _noise, gradient);
        }

        return value;
    }
}
