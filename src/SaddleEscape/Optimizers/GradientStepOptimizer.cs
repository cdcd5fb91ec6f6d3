using SaddleEscape.Numerics;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The shared skeleton of the (stochastic, noisy) gradient methods: x_{t+1} = R_{x_t}(−η·d_t),
/// where d_t is the gradient — full, or a mini-batch stochastic one when the objective has a
/// stochastic oracle — plus optional noise ξ_t added <em>before</em> the step-size scale.
/// Subclasses choose the oracle and the noise; <see cref="Direction"/> may be overridden.
/// </summary>
public abstract class GradientStepOptimizer : Optimizer
{
    private readonly Func<int, INoiseSource>? _noiseFor;
    private readonly double? _requestedStepSize;
    private readonly bool _preferStochastic;
    private readonly string _noiseFormula;
    private INoiseSource? _noise;
    private double[] _direction = [];
    private double[] _noiseSample = [];
    private double[] _work = [];
    private bool _stochastic;

    /// <summary>
    /// Configures the skeleton; parameters are validated by the caller. <paramref name="stepSize"/> null derives η when a run
    /// starts (<see cref="StepSizeRule"/>); <paramref name="noiseFor"/> builds the noise for the run's tangent dimension, and
    /// <paramref name="noiseFormula"/> describes it before a run has started.
    /// </summary>
    protected GradientStepOptimizer(double? stepSize, int batchSize, bool preferStochastic, Func<int, INoiseSource>? noiseFor, long noiseDecaySteps = 0, string noiseFormula = "")
    {
        if (noiseDecaySteps < 0)
        {
            throw new ArgumentException($"parameter 'noise_decay_steps' must be an integer ≥ 0 (got {noiseDecaySteps})", nameof(noiseDecaySteps));
        }

        NoiseDecaySteps = noiseDecaySteps;
        _requestedStepSize = stepSize;
        StepSize = stepSize ?? double.NaN;
        BatchSize = batchSize;
        _preferStochastic = preferStochastic;
        _noiseFor = noiseFor;
        _noiseFormula = noiseFormula;
    }

    /// <summary>η: as given, or (NaN until a run starts) as derived by <see cref="StepSizeRule"/> for the last run.</summary>
    public double StepSize { get; private set; }

    /// <summary>Mini-batch size used when the objective has a stochastic oracle.</summary>
    public int BatchSize { get; }

    /// <summary>N_d: when &gt; 0 the noise is scaled by max(0, 1 − t/N_d), switching it off linearly by step N_d; 0 keeps it constant (the papers').</summary>
    public long NoiseDecaySteps { get; }

    /// <summary>The noise added to the gradient, if any (built when a run starts).</summary>
    protected INoiseSource? Noise => _noise;

    /// <summary>The noise's description, or that it is built when a run starts, for <see cref="Optimizer.Describe"/>.</summary>
    protected string NoiseDescription => _noise?.Describe() ?? _noiseFormula;

    /// <inheritdoc />
    public override bool NeedsGradientAtIterate => !_stochastic;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _stochastic = _preferStochastic && state.Oracle.IsStochastic;
        StepSizeUsed = StepSizeRule.Resolve(_requestedStepSize, state);
        StepSize = StepSizeUsed.StepSize;
        _noise = _noiseFor?.Invoke(state.Manifold.TangentDimension);
        int n = state.X.Length;
        _direction = new double[n];
        _noiseSample = new double[n];
        _work = new double[n];
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Direction(state, _direction);
        state.StepAlong(_direction, -StepSize, _work);
    }

    /// <summary>
    /// Writes d_t: the (stochastic) gradient at x_t, plus one noise sample when the optimiser has
    /// noise. Overrides may post-process it (e.g. normalise).
    /// </summary>
    protected virtual void Direction(OptimizationState state, double[] direction)
    {
        if (_stochastic)
        {
            state.EvaluateStochasticGradient(state.X, direction, BatchSize);
        }
        else
        {
            state.Gradient.CopyTo(direction, 0);
        }

        double scale = NoiseFactor(state.Iteration);
        if (scale > 0 && _noise is not null)
        {
            _noise.Sample(state.Manifold, state.X, state.Random, _noiseSample);
            LoopKernels.MultiplyAdd(_noiseSample, scale, direction, direction);
        }
    }

    /// <summary>The factor on step t's noise: 1 (constant), or the linear decay of <see cref="NoiseDecaySteps"/>.</summary>
    protected virtual double NoiseFactor(long iteration) =>
        NoiseDecaySteps == 0 ? 1.0 : Math.Max(0.0, 1.0 - ((double)iteration / NoiseDecaySteps));

    /// <summary>Multiplies η by <paramref name="factor"/> for the rest of the run (e.g. Saddle-NGD's halving).</summary>
    protected void ScaleStepSize(double factor) => StepSize *= factor;

    /// <summary>"η = 0.1" or, when derived, "η = 0.25 (auto: …)", for <see cref="Optimizer.Describe"/>.</summary>
    protected string StepSizeDescription => StepSizeText(StepSize, StepSizeUsed);

    /// <summary>"η = 0.1", with where it came from when it was not given; "η auto" before a run has derived it.</summary>
    internal static string StepSizeText(double? eta, StepSizeResolution? used) =>
        eta is not { } value || double.IsNaN(value) ? "η auto (derived when the run starts)"
        : used is null || used.Source == "given" ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"η = {value:G6}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"η = {value:G6} (auto: {used.Source})");

    /// <summary>", noise switched off linearly by step N_d" when decaying, for <see cref="Optimizer.Describe"/>.</summary>
    protected string DecayDescription => NoiseDecaySteps == 0 ? "" : $", noise decaying linearly to 0 at step {NoiseDecaySteps}";

    /// <summary>"uses the stochastic oracle with batch b" or "uses the full gradient", for <see cref="Optimizer.Describe"/>.</summary>
    protected string OracleDescription => _preferStochastic ? $"stochastic gradient, batch {BatchSize} (exact gradient on deterministic objectives)" : "full gradient";
}
