using System.Globalization;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Saddle-NGD (Levy 2016, "The power of normalization", reviewed in Farrell &amp; Quintero Peña 2019 §1.1): normalised
/// steps x_{t+1} = R(−η·g_t/‖g_t‖), with g_t = ∇f(x_t) + θ·n_t every N₀ iterations and
/// g_t = ∇f(x_t) otherwise; n_t ~ N(0, I/d) so that E‖θ n_t‖² = θ². Steps have fixed length η,
/// so the iterates hover within O(η) of a minimum instead of converging.
/// </summary>
public sealed class SaddleNormalizedGradientDescent : GradientStepOptimizer
{
    /// <summary>Step η, noise scale θ, noise period N₀, for a tangent space of dimension <paramref name="tangentDimension"/>.</summary>
    public SaddleNormalizedGradientDescent(double stepSize, double noiseScale, int noisePeriod, int tangentDimension, int batchSize = 1)
        : this(new SaddleNormalizedGradientDescentSettings(stepSize, noiseScale, noisePeriod, batchSize), tangentDimension)
    {
    }

    /// <summary>Saddle-NGD with the given (validated) settings for a tangent space of dimension <paramref name="tangentDimension"/>.</summary>
    public SaddleNormalizedGradientDescent(SaddleNormalizedGradientDescentSettings settings, int tangentDimension)
        : base(
            Checked(settings).StepSize,
            settings.BatchSize,
            preferStochastic: true,
            noise: new GaussianNoise(settings.NoiseScale / Math.Sqrt(ParameterGuard.AtLeast("saddle-ngd", "dimension", tangentDimension, 1))))
    {
        Settings = settings;
    }

    /// <inheritdoc />
    public override SaddleNormalizedGradientDescentSettings Settings { get; }

    /// <summary>θ.</summary>
    public double NoiseScale => Settings.NoiseScale;

    /// <summary>N₀.</summary>
    public int NoisePeriod => Settings.NoisePeriod;

    private static SaddleNormalizedGradientDescentSettings Checked(SaddleNormalizedGradientDescentSettings settings) =>
        (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override string Name => "saddle-ngd";

    /// <inheritdoc />
    protected override double NoiseFactor(long iteration) => iteration % NoisePeriod == 0 ? 1.0 : 0.0;

    /// <inheritdoc />
    protected override void Direction(OptimizationState state, double[] direction)
    {
        base.Direction(state, direction);
        double norm = TensorPrimitives.Norm(direction);
        if (norm > 0)
        {
            TensorPrimitives.Multiply(direction, 1 / norm, direction);
        }
    }

    /// <inheritdoc />
    public override string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"Saddle-NGD (Levy 2016), η = {StepSize:G6}, θ = {NoiseScale:G6}, N₀ = {NoisePeriod}, {OracleDescription}");
}
