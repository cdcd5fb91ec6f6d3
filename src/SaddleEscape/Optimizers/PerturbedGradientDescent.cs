using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Perturbed gradient descent, exactly as Jin, Ge, Netrapalli, Kakade &amp; Jordan 2017 (Farrell &amp; Quintero Peña 2019
/// Alg. 1): gradient steps; when ‖∇f(x_t)‖ ≤ g_thres and the last perturbation is more than
/// t_thres steps old, remember x̃ = x_t (the point, not its gradient), set t_noise = t and move to
/// x̃ + ξ with ξ uniform in the ball B₀(r) (radius r·U^(1/d)); the step of that iteration uses
/// the gradient at the perturbed point. When t − t_noise = t_thres, if f(x_t) − f(x̃) > −f_thres
/// the escape failed and the algorithm returns x̃ (an ε-second-order stationary point w.h.p.). One departure: once f has
/// dropped by f_thres below f(x̃) the next perturbation may come before t_thres steps have passed (the paper waits). Each
/// x̃ then still lies f_thres below the last, the decrease the paper's analysis charges to one window, so the count of
/// perturbations stays ≤ Δf/f_thres; without it a long window costs a whole t_thres at every saddle met in a row.
/// The <see cref="EventKind.Escape"/> event is recorded as soon as f has dropped by f_thres below
/// f(x̃) inside the window (reporting only; the paper's check at t_thres decides the control flow).
/// On a manifold, ξ is uniform in the tangent ball and moves are retractions.
/// </summary>
public sealed class PerturbedGradientDescent : Optimizer
{
    private double[] _xTilde = [];
    private double[] _xi = [];
    private double[] _gradient = [];
    private double[] _work = [];
    private double _fTilde;
    private long _tNoise;
    private bool _escapeRecorded;

    private readonly PerturbedGradientDescentSettings _requested;
    private PerturbedGradientDescentSettings _settings;
    private double _eta;
    private long _window;

    /// <summary>ρ for the automatic t_thres when the problem states none: the library's fallback (as the default stopping rule's).</summary>
    private const double FallbackHessianLipschitz = 1;

    /// <summary>PGD with default (practical) settings: η derived when the run starts (<see cref="StepSizeRule"/>).</summary>
    public PerturbedGradientDescent()
        : this(new PerturbedGradientDescentSettings())
    {
    }

    /// <summary>PGD with the given (validated) settings.</summary>
    public PerturbedGradientDescent(PerturbedGradientDescentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _requested = settings.Validate();
        _settings = settings;
    }

    /// <summary>η, r, g_thres, f_thres, t_thres: as given, with η and t_thres filled in once a run has started.</summary>
    public override PerturbedGradientDescentSettings Settings => _settings;

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override string Name => "pgd";

    /// <inheritdoc />
    public override bool PerturbsAtSmallGradients => true;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        StepSizeUsed = StepSizeRule.Resolve(_requested.StepSize, state);
        _eta = StepSizeUsed.StepSize;
        int n = state.X.Length;
        _window = _requested.EscapeWindow ?? PerturbedGradientDescentSettings.AutoEscapeWindow(
            n, _eta, state.Hints.HessianLipschitz ?? FallbackHessianLipschitz, _requested.GradientThreshold);
        _settings = _requested with { StepSize = _eta, EscapeWindow = _window };
        _xTilde = new double[n];
        _xi = new double[n];
        _gradient = new double[n];
        _work = new double[n];
        _tNoise = -_window - 1;
        _fTilde = double.NaN;
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        long t = state.Iteration;
        double[] gradient = state.Gradient;
        double value = state.Value;

        // Perturb again before t_thres has run out once the last escape has succeeded (f ≤ f(x̃) − f_thres): its window
        // has done its work, and a long window (the automatic one) would otherwise leave GD parked at the next saddle.
        if (state.GradientNorm <= Settings.GradientThreshold && (t - _tNoise > _window || _escapeRecorded))
        {
            state.X.CopyTo(_xTilde, 0);
            _fTilde = value;
            _tNoise = t;
            _escapeRecorded = false;
            Manifolds.TangentNoise.UniformInBall(state.Manifold, state.X, Settings.Radius, state.Random, _xi);
            state.Manifold.Retract(state.X, _xi, state.X);
            state.Record(EventKind.Perturbation);
            value = state.EvaluateGradient(state.X, _gradient);
            gradient = _gradient;
        }

        long sinceNoise = t - _tNoise;
        if (sinceNoise > 0 && sinceNoise < _window && !_escapeRecorded && value - _fTilde <= -Settings.ValueThreshold)
        {
            // Reporting only: GD with η ≤ 1/ℓ is a descent method, so once f has dropped by
            // f_thres the check at t_thres will pass. The algorithm's control flow is unchanged.
            _escapeRecorded = true;
            state.Record(EventKind.Escape, value - _fTilde);
        }
        else if (sinceNoise == _window)
        {
            double change = value - _fTilde;
            if (change > -Settings.ValueThreshold)
            {
                state.Record(EventKind.EscapeFailed, change);
                if (Settings.StopOnFailedEscape)
                {
                    state.Finish("pgd-returned-x-tilde", _xTilde);
                    return;
                }
            }
            else if (!_escapeRecorded)
            {
                state.Record(EventKind.Escape, change);
            }
        }

        state.StepAlong(gradient, -_eta, _work);
    }

    /// <inheritdoc />
    public override string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"perturbed GD (Jin et al. 2017, Alg. 1), {GradientStepOptimizer.StepSizeText(Settings.StepSize, StepSizeUsed)}, r = {Settings.Radius:G6}, g_thres = {Settings.GradientThreshold:G6}, f_thres = {Settings.ValueThreshold:G6}, t_thres = {(Settings.EscapeWindow is { } w ? w.ToString(CultureInfo.InvariantCulture) : "auto")}, {(Settings.StopOnFailedEscape ? "returns x̃ on a failed escape" : "continues after a failed escape")}");
}
