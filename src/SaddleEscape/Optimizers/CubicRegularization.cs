using SaddleEscape.Landscape;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Adaptive cubic regularisation, ARC (Nesterov &amp; Polyak 2006; Cartis, Gould &amp; Toint 2011, Alg. 2.1; reviewed in Bruna
/// 2018, lecture 10, and Farrell &amp; Quintero Peña 2019, §1.6): s = argmin m(s) = gᵀs + ½sᵀHs + (σ/3)‖s‖³ with g and H the
/// Riemannian gradient and Hessian (on manifolds the model lives in the tangent space and x⁺ = R_x(s)); the step is accepted
/// when ρ = (f(x) − f(x⁺))/(−m(s)) ≥ η₁, σ grows by γ after a rejection and shrinks by γ after a very good step (ρ ≥ η₂).
/// The subproblem is solved by <see cref="CubicSubproblem.Solve"/> from HVPs only, including the hard case, so at a saddle
/// with g = 0 the step runs along the bottom eigenvector; when the model leaves the sign of that component free the
/// optimiser takes the one with the lower f. When the predicted decrease is below f's rounding (1e-14·max(1, |f|)), a step
/// that does not raise f beyond that is accepted, since the ratio test cannot be evaluated there. A step whose subspace had negative curvature is recorded as
/// <see cref="EventKind.NegativeCurvatureStep"/>.
/// </summary>
public sealed class CubicRegularization : Optimizer
{
    /// <summary>σ is capped here so that repeated rejections cannot overflow it.</summary>
    public const double MaximumSigma = 1e20;

    private double _sigma;
    private double[] _trial = [];
    private double[] _other = [];

    /// <summary>ARC with default settings (<see cref="CubicRegularizationSettings"/>).</summary>
    public CubicRegularization()
        : this(new CubicRegularizationSettings())
    {
    }

    /// <summary>ARC with <paramref name="settings"/>.</summary>
    public CubicRegularization(CubicRegularizationSettings settings)
    {
        Settings = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();
        _sigma = settings.InitialSigma;
    }

    /// <inheritdoc />
    public override CubicRegularizationSettings Settings { get; }

    /// <inheritdoc />
    public override string Name => "cubic";

    /// <inheritdoc />
    public override bool PerturbsAtSmallGradients => true;

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <summary>The current cubic weight σ.</summary>
    public double Sigma => _sigma;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _sigma = Settings.InitialSigma;
        _trial = new double[state.X.Length];
        _other = new double[state.X.Length];
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var hessian = new RiemannianHessianOperator(state.Oracle, state.Manifold, state.X);
        var step = CubicSubproblem.Solve(hessian, state.Gradient, _sigma, Settings.KrylovDimension, unchecked((int)state.Iteration + 17));
        if (step.ModelDecrease <= 0)
        {
            return;
        }

        state.Manifold.Retract(state.X, step.Step, _trial);
        double value = state.Oracle.Value(_trial);
        if (step.Alternative is not null)
        {
            state.Manifold.Retract(state.X, step.Alternative, _other);
            double other = state.Oracle.Value(_other);
            if (other < value)
            {
                (_trial, _other) = (_other, _trial);
                value = other;
            }
        }

        // When the predicted decrease is below f's rounding, the ratio is noise: accept any step that does not raise f
        // beyond rounding (the step still shrinks the gradient), as ARC implementations do.
        double rounding = 1e-14 * Math.Max(1, Math.Abs(state.Value));
        double ratio = step.ModelDecrease <= rounding
            ? (state.Value - value >= -rounding ? 1 : 0)
            : (state.Value - value) / step.ModelDecrease;
        if (ratio >= Settings.SuccessRatio && double.IsFinite(value))
        {
            if (step.LowestCurvature < 0)
            {
                state.Record(EventKind.NegativeCurvatureStep, value - state.Value);
            }

            _trial.CopyTo(state.X, 0);
            if (ratio >= Settings.VeryGoodRatio)
            {
                _sigma = Math.Max(Settings.MinimumSigma, _sigma / Settings.SigmaFactor);
            }
        }
        else
        {
            _sigma = Math.Min(MaximumSigma, _sigma * Settings.SigmaFactor);
        }
    }

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"adaptive cubic regularisation (ARC), σ₀ = {Settings.InitialSigma:G4}, η₁ = {Settings.SuccessRatio:G3}, η₂ = {Settings.VeryGoodRatio:G3}, γ = {Settings.SigmaFactor:G3}, Krylov dimension ≤ {Settings.KrylovDimension}, subproblem by Lanczos with the hard case");
}
