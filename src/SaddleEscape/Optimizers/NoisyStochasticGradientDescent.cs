using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Noisy stochastic gradient (Ge, Huang, Jin &amp; Yuan 2015; seed 000 Alg. 1):
/// w_{t+1} = w_t − η(SG(w_t) + n), n uniform on the unit sphere (radius configurable), noise
/// added before the step-size scale. On a manifold n is uniform on the tangent sphere and the
/// step is retracted (Ge et al.'s projected noisy SGD).
/// </summary>
public sealed class NoisyStochasticGradientDescent : GradientStepOptimizer
{
    /// <summary>Noisy SGD with step η, sphere noise of radius <paramref name="noiseRadius"/> and mini-batch <paramref name="batchSize"/>.</summary>
    public NoisyStochasticGradientDescent(double stepSize, double noiseRadius = 1.0, int batchSize = 1, long noiseDecaySteps = 0)
        : base(
            ParameterGuard.Positive("noisy-sgd", "step_size", stepSize),
            ParameterGuard.AtLeast("noisy-sgd", "batch_size", batchSize, 1),
            preferStochastic: true,
            noise: new UniformSphereNoise(ParameterGuard.NonNegative("noisy-sgd", "noise_radius", noiseRadius)),
            noiseDecaySteps: noiseDecaySteps)
    {
    }

    /// <inheritdoc />
    public override string Name => "noisy-sgd";

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"noisy SGD (Ge et al. 2015), η = {StepSize:G6}, noise {Noise!.Describe()}, {OracleDescription}{DecayDescription}");
}
