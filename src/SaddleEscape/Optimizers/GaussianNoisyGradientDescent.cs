using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The Gaussian-noise variant of noisy SGD in seed 002 ("Escaping from saddle points", Ge et al.
/// '15 as presented by Bruna): θ_{k+1} = θ_k − γ(∇g(θ_k) + ε_k + Z), Z ~ N(0, σ²I) (σ = 1 in the
/// lecture); ε_k is the stochastic oracle's own error when the objective has one.
/// </summary>
public sealed class GaussianNoisyGradientDescent : GradientStepOptimizer
{
    /// <summary>Step η, Gaussian noise of per-coordinate standard deviation <paramref name="noiseStd"/>, mini-batch <paramref name="batchSize"/>.</summary>
    public GaussianNoisyGradientDescent(double stepSize, double noiseStd = 1.0, int batchSize = 1, long noiseDecaySteps = 0)
        : base(
            ParameterGuard.Positive("noisy-sgd-gaussian", "step_size", stepSize),
            ParameterGuard.AtLeast("noisy-sgd-gaussian", "batch_size", batchSize, 1),
            preferStochastic: true,
            noise: new GaussianNoise(ParameterGuard.NonNegative("noisy-sgd-gaussian", "noise_std", noiseStd)),
            noiseDecaySteps: noiseDecaySteps)
    {
    }

    /// <inheritdoc />
    public override string Name => "noisy-sgd-gaussian";

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"noisy SGD with Gaussian noise (seed 002), η = {StepSize:G6}, noise {Noise!.Describe()}, {OracleDescription}{DecayDescription}");
}
