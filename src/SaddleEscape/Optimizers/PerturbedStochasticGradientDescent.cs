using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Perturbed SGD and mini-batch PSGD (Jin et al. 2019; seed 004 Alg. 4–5):
/// x_{t+1} = x_t − η(g_t(x_t) + ξ_t), ξ_t ~ N(0, (r²/d)·I), noise before the step-size scale;
/// d is the dimension of the tangent space, so E‖ξ‖² = r².
/// </summary>
public sealed class PerturbedStochasticGradientDescent : GradientStepOptimizer
{
    /// <summary>Step η, perturbation radius r and mini-batch size for a problem whose tangent space has dimension <paramref name="tangentDimension"/>.</summary>
    public PerturbedStochasticGradientDescent(double stepSize, double radius, int batchSize, int tangentDimension, long noiseDecaySteps = 0)
        : base(
            ParameterGuard.Positive("psgd", "step_size", stepSize),
            ParameterGuard.AtLeast("psgd", "batch_size", batchSize, 1),
            preferStochastic: true,
            noise: new GaussianNoise(ParameterGuard.NonNegative("psgd", "r", radius) / Math.Sqrt(ParameterGuard.AtLeast("psgd", "dimension", tangentDimension, 1))),
            noiseDecaySteps: noiseDecaySteps)
    {
        Radius = radius;
    }

    /// <summary>r.</summary>
    public double Radius { get; }

    /// <inheritdoc />
    public override string Name => "psgd";

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"perturbed SGD (Jin et al. 2019), η = {StepSize:G6}, r = {Radius:G6}, ξ ~ {Noise!.Describe()}, {OracleDescription}{DecayDescription}");
}
