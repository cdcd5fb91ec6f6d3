using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using System.Globalization;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Saddle-free Newton (Dauphin et al. 2014, Alg. 1, the Krylov-subspace version): in a k-dimensional Krylov basis V of H and g
/// (<see cref="KrylovBasis"/>, which also carries the bottom Ritz vector), Ĥ = VᵀHV = UΛUᵀ, |Ĥ| = U|Λ|Uᵀ and
/// s = −V(|Ĥ| + δI)⁻¹Vᵀg: Newton's step with the negative eigenvalues' signs flipped, so it moves away from saddles instead of
/// towards them. The step length is backtracked (halved, at most 40 times) until f does not increase beyond rounding. When
/// ‖g‖ is below the floor and Ĥ has negative curvature (at a saddle, g = 0) −|Ĥ|⁻¹g vanishes, and the step runs instead along the most negative direction of
/// Ĥ, with the sign that lowers f, from length <see cref="SaddleFreeNewtonSettings.MaxStep"/> halved until f drops (recorded as
/// <see cref="EventKind.NegativeCurvatureStep"/>).
/// </summary>
public sealed class SaddleFreeNewton : Optimizer
{
    private double[] _trial = [];
    private double[] _scaled = [];

    /// <summary>Saddle-free Newton with default settings (<see cref="SaddleFreeNewtonSettings"/>).</summary>
    public SaddleFreeNewton()
        : this(new SaddleFreeNewtonSettings())
    {
    }

    /// <summary>The method with <paramref name="settings"/>.</summary>
    public SaddleFreeNewton(SaddleFreeNewtonSettings settings) =>
        Settings = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override SaddleFreeNewtonSettings Settings { get; }

    /// <inheritdoc />
    public override string Name => "saddle-free-newton";

    /// <inheritdoc />
    public override bool PerturbsAtSmallGradients => true;

    /// <inheritdoc />
    public override bool EscapesSaddles => true;

    /// <inheritdoc />
    public override void Initialize(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _trial = new double[state.X.Length];
        _scaled = new double[state.X.Length];
    }

    /// <inheritdoc />
    public override void Step(OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var hessian = new RiemannianHessianOperator(state.Oracle, state.Manifold, state.X);
        var basis = KrylovBasis.Build(hessian, state.Gradient, Settings.KrylovDimension, unchecked((int)state.Iteration + 31));
        if (basis.Vectors.Count == 0)
        {
            return;
        }

        var (a, b) = basis.Project(state.Gradient);
        var evd = a.Evd(Symmetricity.Symmetric);
        var lambda = evd.EigenValues.Select(c => c.Real).ToArray();
        var u = evd.EigenVectors;
        int bottom = Array.IndexOf(lambda, lambda.Min());
        if (state.GradientNorm > Settings.GradientFloor || lambda[bottom] >= 0)
        {
            var coefficients = u.TransposeThisAndMultiply(b);
            for (int i = 0; i < lambda.Length; i++)
            {
                coefficients[i] = -coefficients[i] / (Math.Abs(lambda[i]) + Settings.Damping);
            }

            var step = basis.Combine((u * coefficients).ToArray());
            if (Backtrack(state, step, 1.0, commit: true, strict: false) is { } value && lambda.Min() < 0)
            {
                state.Record(EventKind.NegativeCurvatureStep, value - state.Value);
            }

            return;
        }

        var direction = basis.Combine(u.Column(bottom).ToArray());
        TensorPrimitives.Negate(direction, _scaled);
        var plus = Backtrack(state, direction, Settings.MaxStep, commit: false, strict: true);
        var minus = Backtrack(state, _scaled, Settings.MaxStep, commit: false, strict: true);
        var chosen = (plus ?? double.PositiveInfinity) <= (minus ?? double.PositiveInfinity) ? direction : (double[])_scaled.Clone();
        if (Backtrack(state, chosen, Settings.MaxStep, commit: true, strict: true) is { } reached)
        {
            state.Record(EventKind.NegativeCurvatureStep, reached - state.Value);
        }
    }

    /// <summary>
    /// Halves t from <paramref name="length"/> until f(R_x(t·s)) ≤ f(x) + rounding (Newton steps, which also shrink g) or, when
    /// <paramref name="strict"/>, f(R_x(t·s)) &lt; f(x) − rounding (negative-curvature steps); moves there when
    /// <paramref name="commit"/>; returns the value or null.
    /// </summary>
    private double? Backtrack(OptimizationState state, double[] step, double length, bool commit, bool strict)
    {
        double rounding = 1e-14 * Math.Max(1, Math.Abs(state.Value));
        double t = length;
        for (int halving = 0; halving <= 40; halving++, t /= 2)
        {
            TensorPrimitives.Multiply(step, t, _trial);
            state.Manifold.Retract(state.X, _trial, _trial);
            double value = state.Oracle.Value(_trial);
            bool lower = strict ? value < state.Value - rounding : value <= state.Value + rounding;
            if (double.IsFinite(value) && lower)
            {
                if (commit)
                {
                    _trial.CopyTo(state.X, 0);
                }

                return value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"saddle-free Newton, s = −(|Ĥ| + δI)⁻¹g in a Krylov subspace of dimension ≤ {Settings.KrylovDimension}, δ = {Settings.Damping:G3}, backtracking; along the most negative direction (≤ {Settings.MaxStep:G3}) when ‖g‖ ≤ {Settings.GradientFloor:G3}");
}
