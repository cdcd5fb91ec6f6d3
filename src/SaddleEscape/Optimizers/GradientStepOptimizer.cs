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
    private readonly INoiseSource? _noise;
    private readonly bool _preferStochastic;
    private double[] _direction = [];
    private double[] _noiseSample = [];
    private double[] _work = [];
    private bool _stochastic;

    /// <summary>Configures the skeleton; parameters are validated by the caller.</summary>
    protected GradientStepOptimizer(double stepSize, int batchSize, bool preferStochastic, INoiseSource? noise, long noiseDecaySteps = 0)
    {
        if (noiseDecaySteps < 0)
        {
            throw new ArgumentException($"parameter 'noise_decay_steps' must be an integer ≥ 0 (got {noiseDecaySteps})", nameof(noiseDecaySteps));
        }

        NoiseDecaySteps = noiseDecaySteps;
        StepSize = stepSize;
        BatchSize = batchSize;
        _preferStochastic = preferStochastic;
        _noise = noise;
    }

    /// <summary>η.</summary>
    public double StepSize { get; }

    /// <summary>Mini-batch size used when the objective has a stochastic oracle.</summary>
    public int BatchSize { get; }

    /// <summary>N_d: when &gt; 0 the noise is scaled by max(0, 1 − t/N_d), switching it off linearly by step N_d; 0 keeps it constant (the papers').</summary>
    public long NoiseDecaySteps { get; }

    /// <summary>The noise added to the gradient, if any.</summary>
    protected INoiseSource? Noise => _noise;

    /// <inheritdoc />
    public override bool NeedsGradientAtIterate => !_stochastic;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _stochastic = _preferStochastic && state.Oracle.IsStochastic;
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

    /// <summary>", noise switched off linearly by step N_d" when decaying, for <see cref="Optimizer.Describe"/>.</summary>
    protected string DecayDescription => NoiseDecaySteps == 0 ? "" : $", noise decaying linearly to 0 at step {NoiseDecaySteps}";

    /// <summary>"uses the stochastic oracle with batch b" or "uses the full gradient", for <see cref="Optimizer.Describe"/>.</summary>
    protected string OracleDescription => _preferStochastic ? $"stochastic gradient, batch {BatchSize} (exact gradient on deterministic objectives)" : "full gradient";
}
