using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Perturbed SGD and mini-batch PSGD (Jin et al. 2019; Farrell &amp; Quintero Peña 2019 Alg. 4–5):
/// x_{t+1} = x_t − η(g_t(x_t) + ξ_t), ξ_t ~ N(0, (r²/d)·I), noise before the step-size scale;
/// d is the dimension of the tangent space, so E‖ξ‖² = r².
/// </summary>
public sealed class PerturbedStochasticGradientDescent : GradientStepOptimizer
{
    /// <summary>Step η, perturbation radius r and mini-batch size for a problem whose tangent space has dimension <paramref name="tangentDimension"/>.</summary>
    public PerturbedStochasticGradientDescent(double stepSize, double radius, int batchSize, int tangentDimension, long noiseDecaySteps = 0)
        : this(new PerturbedStochasticGradientDescentSettings(stepSize, radius, batchSize, noiseDecaySteps), tangentDimension)
    {
    }

    /// <summary>PSGD with default settings (<see cref="PerturbedStochasticGradientDescentSettings"/>: the noise anneals); d is the run's tangent dimension.</summary>
    public PerturbedStochasticGradientDescent()
        : this(new PerturbedStochasticGradientDescentSettings())
    {
    }

    /// <summary>PSGD with the given (validated) settings; d of r²/d is the tangent dimension of each run's manifold.</summary>
    public PerturbedStochasticGradientDescent(PerturbedStochasticGradientDescentSettings settings)
        : this(settings, (int?)null)
    {
    }

    /// <summary>PSGD with the given (validated) settings for a tangent space of dimension <paramref name="tangentDimension"/> (the d of r²/d).</summary>
    public PerturbedStochasticGradientDescent(PerturbedStochasticGradientDescentSettings settings, int tangentDimension)
        : this(settings, (int?)ParameterGuard.AtLeast("psgd", "dimension", tangentDimension, 1))
    {
    }

    private PerturbedStochasticGradientDescent(PerturbedStochasticGradientDescentSettings settings, int? tangentDimension)
        : base(
            Checked(settings).StepSize,
            settings.BatchSize,
            preferStochastic: true,
            noiseFor: d => new GaussianNoise(settings.Radius / Math.Sqrt(tangentDimension ?? d)),
            noiseDecaySteps: settings.NoiseDecaySteps,
            noiseFormula: tangentDimension is { } d
                ? new GaussianNoise(settings.Radius / Math.Sqrt(d)).Describe()
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"N(0, (r²/d)·I) with d the tangent dimension"))
    {
        Settings = settings;
    }

    /// <inheritdoc />
    public override PerturbedStochasticGradientDescentSettings Settings { get; }

    /// <summary>r.</summary>
    public double Radius => Settings.Radius;

    private static PerturbedStochasticGradientDescentSettings Checked(PerturbedStochasticGradientDescentSettings settings) =>
        (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override string Name => "psgd";

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"perturbed SGD (Jin et al. 2019), {StepSizeDescription}, r = {Radius:G6}, ξ ~ {NoiseDescription}, {OracleDescription}{DecayDescription}");
}
