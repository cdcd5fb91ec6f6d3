using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The Gaussian-noise variant of noisy SGD in Bruna 2018, lecture 10 ("Escaping from saddle points", Ge et al.
/// '15 as presented by Bruna): θ_{k+1} = θ_k − γ(∇g(θ_k) + ε_k + Z), Z ~ N(0, σ²I) (σ = 1 in the
/// lecture); ε_k is the stochastic oracle's own error when the objective has one.
/// </summary>
public sealed class GaussianNoisyGradientDescent : GradientStepOptimizer
{
    /// <summary>Step η, Gaussian noise of per-coordinate standard deviation <paramref name="noiseStd"/>, mini-batch <paramref name="batchSize"/>.</summary>
    public GaussianNoisyGradientDescent(double stepSize, double noiseStd = 1.0, int batchSize = 1, long noiseDecaySteps = 0)
        : this(new GaussianNoisyGradientDescentSettings(stepSize, noiseStd, batchSize, noiseDecaySteps))
    {
    }

    /// <summary>Gaussian noisy SGD with default settings (<see cref="GaussianNoisyGradientDescentSettings"/>: the noise anneals).</summary>
    public GaussianNoisyGradientDescent()
        : this(new GaussianNoisyGradientDescentSettings())
    {
    }

    /// <summary>Gaussian noisy SGD with the given (validated) settings.</summary>
    public GaussianNoisyGradientDescent(GaussianNoisyGradientDescentSettings settings)
        : base(Checked(settings).StepSize, settings.BatchSize, preferStochastic: true, noiseFor: _ => new GaussianNoise(settings.NoiseStd), noiseDecaySteps: settings.NoiseDecaySteps,
            noiseFormula: new GaussianNoise(settings.NoiseStd).Describe())
    {
        Settings = settings;
    }

    /// <inheritdoc />
    public override GaussianNoisyGradientDescentSettings Settings { get; }

    private static GaussianNoisyGradientDescentSettings Checked(GaussianNoisyGradientDescentSettings settings) =>
        (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override string Name => "noisy-sgd-gaussian";

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"noisy SGD with Gaussian noise (Bruna 2018, lecture 10), {StepSizeDescription}, noise {NoiseDescription}, {OracleDescription}{DecayDescription}");
}
