using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>
/// A critical point reached from a start in two stages, the spin-glass experiment's procedure (Auffinger, Ben Arous &amp;
/// Černý 2013; Bruna 2018, lecture 10): first a fixed number of steps of Riemannian gradient descent
/// x_{t+1} = R_{x_t}(−η·grad f(x_t)) (<see cref="GradientDescent"/>, run by <see cref="Minimizer.Run"/> with no other
/// stopping rule than the step count and no certificate), so that longer descents bring the polish to lower energies and
/// lower indices; then <see cref="CriticalPointFinder.Polish"/>'s Levenberg–Marquardt on ½‖grad f‖² to the exact critical
/// point nearby, of any index, classified by <see cref="CriticalPointFinder.Classify"/> (index and nullity).
/// </summary>
/// <param name="Descent">The descent's run (its <see cref="MinimizationResult.X"/> is where the polish started).</param>
/// <param name="ValueAfterDescent">f after the descent (f(x₀) when no step was taken).</param>
/// <param name="Point">The classified critical point, or null when the polish did not reach its gradient tolerance.</param>
public sealed record DescentThenPolish(MinimizationResult Descent, double ValueAfterDescent, CriticalPoint? Point)
{
    /// <summary>
    /// <paramref name="descentSteps"/> steps of gradient descent with step size <paramref name="stepSize"/> on
    /// <paramref name="manifold"/> from <paramref name="start"/> (projected onto the manifold first, as every minimiser run
    /// is), then the polish and classification with <paramref name="options"/>. Deterministic: no random draws.
    /// </summary>
    /// <exception cref="ArgumentException">A negative step count, a step size that is not positive, or bad options.</exception>
    public static DescentThenPolish Execute(IObjective objective, IManifold manifold, ReadOnlySpan<double> start, long descentSteps, double stepSize, CriticalPointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentOutOfRangeException.ThrowIfNegative(descentSteps);
        options = (options ?? new CriticalPointOptions()).Validate();
        var oracle = new Oracle(objective);
        var descent = Minimizer.Run(oracle, manifold, new GradientDescent(stepSize), start, new MinimizerOptions
        {
            Stop = StoppingRule.AfterIterations(descentSteps),
            Certificate = null,
            TraceMaxRows = 16,
        });
        double after = objective.Value(descent.X);
        var point = CriticalPointFinder.Polish(oracle, manifold, descent.X, options) is { } critical
            ? CriticalPointFinder.Classify(oracle, manifold, critical, options)
            : null;
        return new DescentThenPolish(descent, after, point);
    }
}
