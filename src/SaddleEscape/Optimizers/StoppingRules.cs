namespace SaddleEscape.Optimizers;

internal sealed class AnyOfRule(StoppingRule left, StoppingRule right) : StoppingRule
{
    public override string? Check(MinimizerProgress progress) => left.Check(progress) ?? right.Check(progress);
}

internal sealed class MaxIterationsRule(long max) : StoppingRule
{
    public override string? Check(MinimizerProgress progress) => progress.Iteration >= max ? "max-iterations" : null;
}

internal sealed class GradientBudgetRule(long budget) : StoppingRule
{
    public override string? Check(MinimizerProgress progress) => progress.Counts.GradientEquivalents >= budget ? "gradient-budget" : null;
}

internal sealed class TargetValueRule(double target) : StoppingRule
{
    public override string? Check(MinimizerProgress progress) => progress.Monitored && progress.Value <= target ? "target-value" : null;
}

internal sealed class GradientNormRule(double tolerance) : StoppingRule
{
    public override string? Check(MinimizerProgress progress) => progress.Monitored && progress.GradientNorm <= tolerance ? "gradient-tolerance" : null;
}

internal sealed class WallTimeRule(TimeSpan limit) : StoppingRule
{
    public override string? Check(MinimizerProgress progress) => progress.Elapsed >= limit ? "wall-time" : null;
}

internal sealed class SecondOrderStationarityRule(double gradientTolerance, double curvatureTolerance, long interval) : StoppingRule
{
    private long _lastCheck = long.MinValue / 2;

    public override string? Check(MinimizerProgress progress)
    {
        if (!progress.Monitored || !(progress.GradientNorm <= gradientTolerance) || progress.Iteration - _lastCheck < interval)
        {
            return null;
        }

        _lastCheck = progress.Iteration;
        return progress.EstimateLambdaMin() >= -curvatureTolerance ? "second-order-stationary" : null;
    }
}
