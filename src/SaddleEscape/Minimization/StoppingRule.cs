namespace SaddleEscape.Minimization;

/// <summary>
/// A composable stopping criterion in the style of Manopt: each rule returns the typed reason it fired
/// (null while it has not); combine rules with <c>|</c> (either) and <c>&amp;</c> (both at the same iteration).
/// <see cref="Minimizer.Run"/> calls <see cref="Reset"/> before a run, so a rule object reused across runs behaves
/// like a new one. A limit is a stop reason, never an error.
/// </summary>
public abstract class StoppingRule
{
    /// <summary>The reason to stop now, or null to go on.</summary>
    public abstract StopReason? Check(MinimizerProgress progress);

    /// <summary>Forgets what earlier runs left in the rule (e.g. when a second-order check last ran).</summary>
    public virtual void Reset()
    {
    }

    /// <summary>Stops when either rule fires (the left one's reason wins when both do).</summary>
    public static StoppingRule operator |(StoppingRule left, StoppingRule right) => new AnyOfRule(left, right);

    /// <summary>Stops when both rules fire at the same iteration (the right one is only asked once the left has fired).</summary>
    public static StoppingRule operator &(StoppingRule left, StoppingRule right) => new AllOfRule(left, right);

    /// <summary>After <paramref name="maxIterations"/> steps: "max-iterations".</summary>
    public static StoppingRule AfterIterations(long maxIterations) =>
        maxIterations >= 0 ? new MaxIterationsRule(maxIterations) : throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "max iterations must be ≥ 0");

    /// <summary>When the algorithm has used <paramref name="budget"/> gradient-equivalents: "gradient-budget".</summary>
    public static StoppingRule GradientBudget(long budget) =>
        budget >= 1 ? new GradientBudgetRule(budget) : throw new ArgumentOutOfRangeException(nameof(budget), budget, "gradient budget must be ≥ 1");

    /// <summary>When f(x_t) ≤ <paramref name="target"/>: "target-value".</summary>
    public static StoppingRule WhenValueBelow(double target) =>
        !double.IsNaN(target) ? new TargetValueRule(target) : throw new ArgumentOutOfRangeException(nameof(target), target, "target value must be a number");

    /// <summary>When ‖grad f(x_t)‖ ≤ <paramref name="tolerance"/>: "gradient-tolerance".</summary>
    public static StoppingRule WhenGradientNormBelow(double tolerance) =>
        tolerance >= 0 ? new GradientNormRule(tolerance) : throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "gradient tolerance must be ≥ 0");

    /// <summary>
    /// At an ε-second-order stationary point (Farrell &amp; Quintero Peña 2019 Def. 3): ‖grad f‖ ≤ ε and
    /// λ_min ≥ −√(ρε), checked by Lanczos at most every <paramref name="checkInterval"/> iterations:
    /// "second-order-stationary".
    /// </summary>
    public static StoppingRule AtSecondOrderStationaryPoint(double epsilon, double hessianLipschitz, long checkInterval = 10) =>
        epsilon > 0 && hessianLipschitz > 0
            ? AtSecondOrderPoint(epsilon, Math.Sqrt(hessianLipschitz * epsilon), checkInterval)
            : throw new ArgumentOutOfRangeException(nameof(epsilon), "ε and ρ must be > 0");

    /// <summary>
    /// When ‖grad f‖ ≤ <paramref name="gradientTolerance"/> and λ_min ≥ −<paramref name="curvatureTolerance"/>
    /// (Lanczos, at most every <paramref name="checkInterval"/> iterations): "second-order-stationary".
    /// Unlike a bare gradient tolerance it does not stop a perturbed method at a strict saddle.
    /// </summary>
    public static StoppingRule AtSecondOrderPoint(double gradientTolerance, double curvatureTolerance, long checkInterval = 10) =>
        gradientTolerance >= 0 && curvatureTolerance >= 0 && checkInterval >= 1
            ? new SecondOrderStationarityRule(gradientTolerance, curvatureTolerance, checkInterval)
            : throw new ArgumentOutOfRangeException(nameof(gradientTolerance), "tolerances must be ≥ 0 and the check interval ≥ 1");

    /// <summary>After <paramref name="limit"/> of wall time: "wall-time".</summary>
    public static StoppingRule AfterWallTime(TimeSpan limit) =>
        limit > TimeSpan.Zero ? new WallTimeRule(limit) : throw new ArgumentOutOfRangeException(nameof(limit), limit, "wall-time limit must be > 0");
}
