using MathNet.Numerics.Distributions;
using SaddleEscape.Landscape;
using System.Globalization;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Negative-curvature descent: gradient steps x ← x − ηg while ‖g‖ &gt; ε; at a point with ‖g‖ ≤ ε, a unit direction v with
/// vᵀHv = λ &lt; −√(ρε) is sought — by Lanczos on Hessian-vector products, or, with the first-order oracle, by NEON2's power
/// iteration v ← v − η·H̃v with H̃v = (∇f(x + rv) − ∇f(x))/r from a random start (Allen-Zhu &amp; Li 2018; Xu, Jin &amp; Yang 2018), which
/// uses gradients only — and the step x ± (|λ|/ρ)·v is taken with the sign that lowers f (Carmon et al. 2018's
/// negative-curvature step; along s = (|λ|/ρ)v the cubic model ½λ‖s‖² + (ρ/6)‖s‖³ decreases by |λ|³/(2ρ²) − |λ|³/(6ρ²) =
/// |λ|³/(3ρ²)). When no such direction exists the point is
/// an approximate second-order stationary point and the run finishes. On manifolds g, H and the gradient differences are
/// Riemannian (projected to the tangent space at x) and steps are retractions.
/// </summary>
public sealed class NegativeCurvatureDescent : Optimizer
{
    private double[] _work = [];
    private double[] _direction = [];
    private double[] _probe = [];
    private double[] _probeGradient = [];
    private double[] _plus = [];
    private double[] _minus = [];
    private double[] _euclidean = [];
    private double[] _difference = [];

    private readonly NegativeCurvatureDescentSettings _requested;
    private NegativeCurvatureDescentSettings _settings;
    private double _eta;
    private double _rho;

    /// <summary>The method with default settings: η derived when the run starts (<see cref="StepSizeRule"/>), ρ the problem's (else 1).</summary>
    public NegativeCurvatureDescent()
        : this(new NegativeCurvatureDescentSettings())
    {
    }

    /// <summary>The method with <paramref name="settings"/>.</summary>
    public NegativeCurvatureDescent(NegativeCurvatureDescentSettings settings)
    {
        _requested = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();
        _settings = settings;
    }

    /// <summary>The settings as given, with η and ρ filled in once a run has started.</summary>
    public override NegativeCurvatureDescentSettings Settings => _settings;

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override string Name => "nc-descent";

    /// <inheritdoc />
    public override bool PerturbsAtSmallGradients => true;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        StepSizeUsed = StepSizeRule.Resolve(_requested.StepSize, state);
        _eta = StepSizeUsed.StepSize;
        _rho = _requested.HessianLipschitz ?? state.Hints.HessianLipschitz ?? 1;
        _settings = _requested with { StepSize = _eta, HessianLipschitz = _rho };
        int n = state.X.Length;
        _work = new double[n];
        _direction = new double[n];
        _probe = new double[n];
        _probeGradient = new double[n];
        _plus = new double[n];
        _minus = new double[n];
        _euclidean = new double[n];
        _difference = new double[n];
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.GradientNorm > Settings.Epsilon)
        {
            state.StepAlong(state.Gradient, -_eta, _work);
            return;
        }

        double curvature = Settings.Oracle == NegativeCurvatureOracle.Lanczos ? LanczosDirection(state) : FirstOrderDirection(state);
        if (!(curvature < Settings.CurvatureThreshold))
        {
            state.Finish("no-negative-curvature", state.X, string.Create(CultureInfo.InvariantCulture, $"no curvature below −√(ρε) = {Settings.CurvatureThreshold:G3} (found {curvature:G3})"));
            return;
        }

        double length = -curvature / _rho;
        TensorPrimitives.Multiply(_direction, length, _work);
        state.Manifold.Retract(state.X, _work, _plus);
        TensorPrimitives.Negate(_work, _work);
        state.Manifold.Retract(state.X, _work, _minus);
        double up = state.Oracle.Value(_plus), down = state.Oracle.Value(_minus);
        var best = up <= down ? _plus : _minus;
        state.Record(EventKind.NegativeCurvatureStep, Math.Min(up, down) - state.Value);
        best.CopyTo(state.X, 0);
    }

    private double LanczosDirection(OptimizationState state)
    {
        var hessian = new RiemannianHessianOperator(state.Oracle, state.Manifold, state.X);
        var result = Lanczos.ExtremeEigenpairs(hessian, new LanczosOptions(MaxSteps: Settings.Iterations, FullSpaceLimit: Settings.Iterations, Seed: unchecked((int)state.Iteration + 29)));
        result.MinEigenvector.CopyTo(_direction, 0);
        return result.MinEigenvalue;
    }

    /// <summary>NEON2: power iteration on I − ηH with H·v ≈ (∇f(x + rv) − ∇f(x))/r; returns vᵀHv by the same difference.</summary>
    private double FirstOrderDirection(OptimizationState state)
    {
        double r = Settings.DifferenceRadius, eta = _eta;
        Numerics.NormalGenerator.Fill(state.Random, _direction);

        state.Manifold.ProjectToTangent(state.X, _direction, _direction);
        Normalize(_direction);
        state.Oracle.ValueAndGradient(state.X, _euclidean);
        double curvature = 0;
        for (int t = 0; t < Settings.Iterations; t++)
        {
            curvature = HessianTimes(state, r, _work);
            TensorPrimitives.MultiplyAdd(_work, -eta, _direction, _direction);
            state.Manifold.ProjectToTangent(state.X, _direction, _direction);
            if (Normalize(_direction) == 0)
            {
                return 0;
            }
        }

        return HessianTimes(state, r, _work) is var last && double.IsFinite(last) ? last : curvature;
    }

    /// <summary>
    /// The Riemannian H·v from the Euclidean difference (∇f(x + rv) − ∇f(x))/r ≈ ∇²f·v, passed through the manifold's
    /// Riemannian Hessian (on spheres P_x(∇²f v) − (xᵀ∇f)v); returns vᵀ(H·v).
    /// </summary>
    private double HessianTimes(OptimizationState state, double r, double[] result)
    {
        TensorPrimitives.MultiplyAdd(_direction, r, state.X, _probe);
        state.Oracle.ValueAndGradient(_probe, _probeGradient);
        TensorPrimitives.Subtract(_probeGradient, _euclidean, _difference);
        TensorPrimitives.Multiply(_difference, 1 / r, _difference);
        state.Manifold.RiemannianHessianVector(state.X, _euclidean, _difference, _direction, result);
        state.Manifold.ProjectToTangent(state.X, result, result);
        return TensorPrimitives.Dot(_direction, result);
    }

    private static double Normalize(double[] v)
    {
        double norm = TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            TensorPrimitives.Multiply(v, 1 / norm, v);
        }

        return norm;
    }

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"negative-curvature descent, {GradientStepOptimizer.StepSizeText(Settings.StepSize, StepSizeUsed)}, ε = {Settings.Epsilon:G3}, ρ = {(Settings.HessianLipschitz is { } rho ? rho.ToString("G4", CultureInfo.InvariantCulture) : "auto")}, oracle = {(Settings.Oracle == NegativeCurvatureOracle.Lanczos ? "Lanczos on HVPs" : "first-order (NEON2 gradient differences)")}, {Settings.Iterations} iterations");
}
