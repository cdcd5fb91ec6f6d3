using SaddleEscape.Numerics;
using System.Globalization;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Perturbed accelerated gradient descent with negative-curvature exploitation (Jin, Netrapalli
/// &amp; Jordan 2018, Alg. 2–3; Farrell &amp; Quintero Peña 2019 Alg. 2, whose OCR garbles the NCE branch). Per step:
/// perturb x_t by ξ ~ U(B₀(r)) when ‖∇f(x_t)‖ ≤ ε and no perturbation in the last 𝒯 steps, or the last one's escape has
/// already lowered f by ℰ (a departure from Alg. 2, as in <see cref="PerturbedGradientDescent"/>);
/// y_t = x_t + (1 − θ)v_t; x_{t+1} = y_t − η∇f(y_t); v_{t+1} = x_{t+1} − x_t; and if
/// f(x_t) ≤ f(y_t) + ⟨∇f(y_t), x_t − y_t⟩ − (γ/2)‖x_t − y_t‖² (f too concave along the momentum; tested in its gradient
/// form ⟨∇f(x_t) − ∇f(y_t), x_t − y_t⟩ ≤ −γ‖x_t − y_t‖², the same condition on a quadratic, which f's rounding cannot
/// trip near convergence)
/// NCE replaces (x_{t+1}, v_{t+1}): if ‖v_t‖ ≥ s, (x_t, 0); otherwise, with δ = s·v_t/‖v_t‖,
/// (argmin of f over {x_t + δ, x_t − δ}, 0).
/// On a manifold the momentum is moved between tangent spaces by projection and every move is a
/// retraction — a practical Riemannian extension, not the setting of the paper's theorem.
/// </summary>
public sealed class PerturbedAcceleratedGradientDescent : Optimizer
{
    private double[] _v = [];
    private double[] _y = [];
    private double[] _gy = [];
    private double[] _xNext = [];
    private double[] _work = [];
    private double[] _candidate = [];
    private double[] _xTilde = [];
    private double[] _gx = [];
    private long _lastPerturbation;
    private EscapeTracker _escapes = new(1, 0);

    private readonly PerturbedAcceleratedGradientDescentSettings _requested;
    private PerturbedAcceleratedGradientDescentSettings _settings;
    private double _eta;
    private double _gamma;
    private long _interval;
    private const double FallbackHessianLipschitz = 1;

    /// <summary>PAGD with default (practical) settings: η derived when the run starts (<see cref="StepSizeRule"/>), γ = θ²/η.</summary>
    public PerturbedAcceleratedGradientDescent()
        : this(new PerturbedAcceleratedGradientDescentSettings())
    {
    }

    /// <summary>PAGD with the given (validated) settings.</summary>
    public PerturbedAcceleratedGradientDescent(PerturbedAcceleratedGradientDescentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _requested = settings.Validate();
        _settings = settings;
    }

    /// <summary>η, θ, γ, s, r, ε, 𝒯: as given, with η and γ filled in once a run has started.</summary>
    public override PerturbedAcceleratedGradientDescentSettings Settings => _settings;

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override string Name => "pagd";

    /// <inheritdoc />
    public override bool PerturbsAtSmallGradients => true;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        StepSizeUsed = StepSizeRule.Resolve(_requested.StepSize, state);
        _eta = StepSizeUsed.StepSize;
        _gamma = _requested.Gamma ?? (_requested.Theta * _requested.Theta / _eta);
        int n = state.X.Length;
        _interval = _requested.Interval ?? PerturbedAcceleratedGradientDescentSettings.AutoInterval(
            n, _eta, _requested.Theta, state.Hints.HessianLipschitz ?? FallbackHessianLipschitz, _requested.GradientThreshold);
        _settings = _requested with { StepSize = _eta, Gamma = _gamma, Interval = _interval };
        _v = new double[n];
        _y = new double[n];
        _gy = new double[n];
        _xNext = new double[n];
        _work = new double[n];
        _candidate = new double[n];
        _xTilde = new double[n];
        _gx = new double[n];
        _lastPerturbation = long.MinValue / 2;
        _escapes = new EscapeTracker(_interval, Settings.EscapeValueThreshold);
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        long t = state.Iteration;
        var manifold = state.Manifold;
        double fx = state.Value;
        double[] gx = state.Gradient;
        if (_escapes.Observe(state, fx) && Settings.StopOnFailedEscape)
        {
            // f did not drop by ℰ within 𝒯 steps of the perturbation: x̃ was already an approximate second-order
            // stationary point (Jin, Netrapalli & Jordan 2018, the argument of Lemma 8 as PGD's f_thres test uses it).
            state.Finish("pagd-returned-x-tilde", _xTilde);
            return;
        }

        // Perturb again before 𝒯 has run out once the last escape has lowered f by ℰ (as PGD does): a long window (the
        // automatic one) would otherwise leave PAGD parked at the next saddle it meets.
        if (state.GradientNorm <= Settings.GradientThreshold && (t - _lastPerturbation > _interval || _escapes.Succeeded))
        {
            _escapes.Start(t, fx);
            state.X.CopyTo(_xTilde, 0);
            Manifolds.TangentNoise.UniformInBall(manifold, state.X, Settings.Radius, state.Random, _work);
            manifold.Retract(state.X, _work, state.X);
            manifold.ProjectToTangent(state.X, _v, _v);
            _lastPerturbation = t;
            state.Record(EventKind.Perturbation);
            fx = state.EvaluateGradient(state.X, _gx);
            gx = _gx;
        }

        // y_t = x_t + (1 − θ) v_t
        LoopKernels.Multiply(_v, 1 - Settings.Theta, _work);
        manifold.Retract(state.X, _work, _y);
        _ = state.EvaluateGradient(_y, _gy);

        // x_{t+1} = y_t − η ∇f(y_t)
        LoopKernels.Multiply(_gy, -_eta, _work);
        manifold.Retract(_y, _work, _xNext);

        // NCE test: f(x_t) ≤ f(y_t) + ⟨∇f(y_t), x_t − y_t⟩ − (γ/2)‖x_t − y_t‖², in its gradient form
        // ⟨∇f(x_t) − ∇f(y_t), x_t − y_t⟩ ≤ −γ‖x_t − y_t‖²: both say wᵀHw ≤ −γ‖w‖² for w = x_t − y_t (exactly so on a
        // quadratic; to O(ρ‖w‖³) otherwise), but near convergence f's rounding (≈ 10⁻¹⁵ on an O(1) objective) exceeds
        // (γ/2)‖w‖², and the value form then fires at random and throws x by s from a minimum (seen on the orthogonal
        // tensor: 131 NCE steps in 10 000 iterations at f ≈ 10⁻¹⁵), while the gradient difference is resolved down to
        // ‖w‖ ≈ 10⁻¹⁵/|λ|. w is taken as the tangent vector −(1 − θ)v_t (equal in R^n; on a manifold it avoids reading
        // the constraint's own curvature as negative curvature of f).
        LoopKernels.Multiply(_v, -(1 - Settings.Theta), _work);
        double curvature = LoopKernels.Dot(gx, _work) - LoopKernels.Dot(_gy, _work);
        // With v_t = 0 the test holds with equality (x_t = y_t) and says nothing about curvature;
        // δ = s·v_t/‖v_t‖ is then undefined, so NCE is skipped and the plain AGD step taken.
        double squared = LoopKernels.Dot(_work, _work);
        if (Settings.NegativeCurvatureExploitation && squared > 0 && curvature <= -_gamma * squared)
        {
            ExploitNegativeCurvature(state, fx);
            return;
        }

        // v_{t+1} = x_{t+1} − x_t, carried to the tangent space at x_{t+1}
        LoopKernels.Subtract(_xNext, state.X, _v);
        _xNext.CopyTo(state.X, 0);
        manifold.ProjectToTangent(state.X, _v, _v);
    }

    private void ExploitNegativeCurvature(OptimizationState state, double fx)
    {
        double speed = TensorPrimitives.Norm(_v);
        if (speed >= Settings.S)
        {
            Array.Clear(_v);
            state.Record(EventKind.MomentumReset);
            return;
        }

        var manifold = state.Manifold;
        TensorPrimitives.Multiply(_v, Settings.S / speed, _work);
        manifold.Retract(state.X, _work, _xNext);
        double fPlus = state.Oracle.Value(_xNext);
        TensorPrimitives.Negate(_work, _work);
        manifold.Retract(state.X, _work, _candidate);
        double fMinus = state.Oracle.Value(_candidate);
        double[] best = fPlus <= fMinus ? _xNext : _candidate;
        best.CopyTo(state.X, 0);
        Array.Clear(_v);
        state.Record(EventKind.NegativeCurvatureStep, Math.Min(fPlus, fMinus) - fx);
    }

    /// <inheritdoc />
    public override string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"perturbed AGD with NCE (Jin, Netrapalli & Jordan 2018), {GradientStepOptimizer.StepSizeText(Settings.StepSize, StepSizeUsed)}, θ = {Settings.Theta:G6}, γ = {(Settings.Gamma is { } g ? g.ToString("G6", CultureInfo.InvariantCulture) : "θ²/η")}, s = {Settings.S:G6}, r = {Settings.Radius:G6}, ε = {Settings.GradientThreshold:G6}, 𝒯 = {(Settings.Interval is { } w ? w.ToString(CultureInfo.InvariantCulture) : "auto")}, ℰ = {Settings.EscapeValueThreshold:G3}, NCE {(Settings.NegativeCurvatureExploitation ? "on" : "off")}, {(Settings.StopOnFailedEscape ? "returns x̃ when f has not dropped by ℰ within 𝒯 steps of a perturbation" : "continues after a failed escape")}");
}
