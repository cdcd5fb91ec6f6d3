using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Noisy stochastic gradient (Ge, Huang, Jin &amp; Yuan 2015; Goyal &amp; Ullah Alg. 1):
/// w_{t+1} = w_t − η(SG(w_t) + n), n uniform on the unit sphere (radius configurable), noise
/// added before the step-size scale. On a manifold n is uniform on the tangent sphere and the
/// step is retracted (Ge et al.'s projected noisy SGD).
/// </summary>
public sealed class NoisyStochasticGradientDescent : GradientStepOptimizer
{
    /// <summary>Noisy SGD with step η, sphere noise of radius <paramref name="noiseRadius"/> and mini-batch <paramref name="batchSize"/>.</summary>
    public NoisyStochasticGradientDescent(double stepSize, double noiseRadius = 1.0, int batchSize = 1, long noiseDecaySteps = 0)
        : this(new NoisyStochasticGradientDescentSettings(stepSize, noiseRadius, batchSize, noiseDecaySteps))
    {
    }

    /// <summary>Noisy SGD with default settings (<see cref="NoisyStochasticGradientDescentSettings"/>: the noise anneals).</summary>
    public NoisyStochasticGradientDescent()
        : this(new NoisyStochasticGradientDescentSettings())
    {
    }

    /// <summary>Noisy SGD with the given (validated) settings.</summary>
    public NoisyStochasticGradientDescent(NoisyStochasticGradientDescentSettings settings)
        : base(Checked(settings).StepSize, settings.BatchSize, preferStochastic: true, noiseFor: _ => new UniformSphereNoise(settings.NoiseRadius, settings.AmbientNoise), noiseDecaySteps: settings.NoiseDecaySteps,
            noiseFormula: new UniformSphereNoise(settings.NoiseRadius, settings.AmbientNoise).Describe())
    {
        Settings = settings;
    }

    /// <inheritdoc />
    public override NoisyStochasticGradientDescentSettings Settings { get; }

    private static NoisyStochasticGradientDescentSettings Checked(NoisyStochasticGradientDescentSettings settings) =>
        (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override string Name => "noisy-sgd";

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"noisy SGD (Ge et al. 2015), {StepSizeDescription}, noise {NoiseDescription}, {OracleDescription}{DecayDescription}");
}
