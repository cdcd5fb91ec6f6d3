using System.Globalization;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Saddle-NGD (Levy 2016, "The power of normalization", reviewed in Farrell &amp; Quintero Peña 2019 §1.1): normalised
/// steps x_{t+1} = R(−η·g_t/‖g_t‖), with g_t = ∇f(x_t) + θ·n_t every N₀ iterations and
/// g_t = ∇f(x_t) otherwise; n_t ~ N(0, I/d) so that E‖θ n_t‖² = θ². Steps have fixed length η,
/// so the iterates hover within O(η) of a minimum instead of converging — unless
/// <see cref="SaddleNormalizedGradientDescentSettings.ShrinkOnIncrease"/> (the settings record's default) halves η whenever a
/// step without noise has raised f, which makes the fixed-length steps converge where the landscape is locally convex.
/// </summary>
public sealed class SaddleNormalizedGradientDescent : GradientStepOptimizer
{
    /// <summary>Step η, noise scale θ, noise period N₀, for a tangent space of dimension <paramref name="tangentDimension"/>.</summary>
    /// <remarks>This constructor keeps Levy's constant η (no shrinking).</remarks>
    public SaddleNormalizedGradientDescent(double stepSize, double noiseScale, int noisePeriod, int tangentDimension, int batchSize = 1)
        : this(new SaddleNormalizedGradientDescentSettings(stepSize, noiseScale, noisePeriod, batchSize, ShrinkOnIncrease: false), tangentDimension)
    {
    }

    /// <summary>Saddle-NGD with default settings (<see cref="SaddleNormalizedGradientDescentSettings"/>); d is the run's tangent dimension.</summary>
    public SaddleNormalizedGradientDescent()
        : this(new SaddleNormalizedGradientDescentSettings())
    {
    }

    /// <summary>Saddle-NGD with the given (validated) settings; the noise's d is the tangent dimension of each run's manifold.</summary>
    public SaddleNormalizedGradientDescent(SaddleNormalizedGradientDescentSettings settings)
        : this(settings, (int?)null)
    {
    }

    /// <summary>Saddle-NGD with the given (validated) settings for a tangent space of dimension <paramref name="tangentDimension"/>.</summary>
    public SaddleNormalizedGradientDescent(SaddleNormalizedGradientDescentSettings settings, int tangentDimension)
        : this(settings, (int?)ParameterGuard.AtLeast("saddle-ngd", "dimension", tangentDimension, 1))
    {
    }

    private SaddleNormalizedGradientDescent(SaddleNormalizedGradientDescentSettings settings, int? tangentDimension)
        : base(
            Checked(settings).StepSize,
            settings.BatchSize,
            preferStochastic: true,
            noiseFor: d => new GaussianNoise(settings.NoiseScale / Math.Sqrt(tangentDimension ?? d)),
            noiseFormula: "N(0, (θ²/d)·I) with d the tangent dimension")
    {
        Settings = settings;
    }

    private double _previousValue;
    private bool _previousStepNoiseFree;
    private int _halvings;

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
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        base.Initialize(state);
        _previousValue = double.NaN;
        _previousStepNoiseFree = false;
        _halvings = 0;
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Settings.ShrinkOnIncrease && NeedsGradientAtIterate)
        {
            // f(x_t) is charged to the run here (deterministic gradients): no extra evaluation.
            if (_previousStepNoiseFree && state.Value > _previousValue)
            {
                ScaleStepSize(0.5);
                _halvings++;
            }

            _previousValue = state.Value;
            _previousStepNoiseFree = NoiseFactor(state.Iteration) == 0;
        }

        base.Step(state);
    }

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
        string.Create(CultureInfo.InvariantCulture, $"Saddle-NGD (Levy 2016), {StepSizeText(StepSizeUsed?.StepSize ?? StepSize, StepSizeUsed)}, θ = {NoiseScale:G6}, N₀ = {NoisePeriod}, {OracleDescription}{(!Settings.ShrinkOnIncrease ? "" : StepSizeUsed is null ? ", η halved when a noise-free step raises f" : $", η halved when a noise-free step raises f ({_halvings} times in the last run)")}");
}
