namespace SaddleEscape.Minimization;

/// <summary>The kebab-case names stop codes carry in <c>summary.json</c> (<c>stop_reason</c>).</summary>
public static class StopCodeNames
{
    /// <summary>max-iterations, gradient-budget, target-value, gradient-tolerance, second-order-stationary, wall-time, cancelled, diverged, left-domain, optimizer-finished, all-of.</summary>
    public static string Name(this StopCode code) => code switch
    {
        StopCode.MaxIterations => "max-iterations",
        StopCode.GradientBudget => "gradient-budget",
        StopCode.TargetValue => "target-value",
        StopCode.GradientTolerance => "gradient-tolerance",
        StopCode.SecondOrderStationary => "second-order-stationary",
        StopCode.WallTime => "wall-time",
        StopCode.Cancelled => "cancelled",
        StopCode.Diverged => "diverged",
        StopCode.LeftDomain => "left-domain",
        StopCode.OptimizerFinished => "optimizer-finished",
        StopCode.AllOf => "all-of",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
