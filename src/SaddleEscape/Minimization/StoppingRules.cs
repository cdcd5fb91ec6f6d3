namespace SaddleEscape.Minimization;

internal sealed class AnyOfRule(StoppingRule left, StoppingRule right) : StoppingRule
{
    public override string ToString() => $"{left} | {right}";

    public override StopReason? Check(MinimizerProgress progress) => left.Check(progress) ?? right.Check(progress);

    public override void Reset()
    {
        left.Reset();
        right.Reset();
    }
}

internal sealed class AllOfRule(StoppingRule left, StoppingRule right) : StoppingRule
{
    public override string ToString() => $"({left}) & ({right})";

    public override StopReason? Check(MinimizerProgress progress)
    {
        if (left.Check(progress) is not { } a || right.Check(progress) is not { } b)
        {
            return null;
        }

        return StopReason.Of(StopCode.AllOf, progress.Iteration, $"{a.Name} & {b.Name}");
    }

    public override void Reset()
    {
        left.Reset();
        right.Reset();
    }
}

internal sealed class MaxIterationsRule(long max) : StoppingRule
{
    public override string ToString() => FormattableString.Invariant($"max-iterations {max}");

    public override StopReason? Check(MinimizerProgress progress) =>
        progress.Iteration >= max ? StopReason.Of(StopCode.MaxIterations, progress.Iteration) : null;
}

internal sealed class GradientBudgetRule(long budget) : StoppingRule
{
    public override string ToString() => FormattableString.Invariant($"gradient-budget {budget}");

    public override StopReason? Check(MinimizerProgress progress) =>
        progress.Counts.GradientEquivalents >= budget ? StopReason.Of(StopCode.GradientBudget, progress.Iteration) : null;
}

internal sealed class TargetValueRule(double target) : StoppingRule
{
    public override string ToString() => FormattableString.Invariant($"target-value f ≤ {target:G6}");

    public override StopReason? Check(MinimizerProgress progress) =>
        progress.Monitored && progress.Value <= target ? StopReason.Of(StopCode.TargetValue, progress.Iteration) : null;
}

internal sealed class GradientNormRule(double tolerance) : StoppingRule
{
    public override string ToString() => FormattableString.Invariant($"gradient-tolerance ‖g‖ ≤ {tolerance:G3}");

    public override StopReason? Check(MinimizerProgress progress) =>
        progress.Monitored && progress.GradientNorm <= tolerance ? StopReason.Of(StopCode.GradientTolerance, progress.Iteration) : null;
}

internal sealed class WallTimeRule(TimeSpan limit) : StoppingRule
{
    public override string ToString() => FormattableString.Invariant($"wall-time {limit.TotalSeconds:G6} s");

    public override StopReason? Check(MinimizerProgress progress) =>
        progress.Elapsed >= limit ? StopReason.Of(StopCode.WallTime, progress.Iteration) : null;
}

internal sealed class SecondOrderStationarityRule(double gradientTolerance, double curvatureTolerance, long interval) : StoppingRule
{
    public override string ToString() => FormattableString.Invariant($"second-order-stationary ‖g‖ ≤ {gradientTolerance:G3} and λ_min ≥ −{curvatureTolerance:G3}");

    private const long Never = long.MinValue / 2;
    private long _lastCheck = Never;

    public override StopReason? Check(MinimizerProgress progress)
    {
        if (!progress.Monitored || !(progress.GradientNorm <= gradientTolerance) || progress.Iteration - _lastCheck < interval)
        {
            return null;
        }

        _lastCheck = progress.Iteration;
        return progress.EstimateLambdaMin() >= -curvatureTolerance ? StopReason.Of(StopCode.SecondOrderStationary, progress.Iteration) : null;
    }

    public override void Reset() => _lastCheck = Never;
}
