using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

public sealed class StoppingRuleTests
{
    private static readonly QuadraticSaddle F = new([-1, 0.5, 1, 2], 1);

    private static MinimizationResult Run(Optimizer optimizer, StoppingRule stop, double[] start) =>
        Minimizer.Run(new Oracle(F), new Euclidean(4), optimizer, start, new MinimizerOptions { Seed = 1, Stop = stop, Certificate = null });

    [Fact]
    public void ReasonsAreTypedWithTheirIterationAndName()
    {
        var r = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(7), [0.3, -0.2, 0.4, 0.1]);
        Assert.Equal(StopCode.MaxIterations, r.StopReason.Code);
        Assert.Equal(7, r.StopReason.Iteration);
        Assert.Equal("max-iterations", r.StopReason.Name);
        Assert.False(r.Diverged);
    }

    [Fact]
    public void AndFiresOnlyWhenBothRulesHoldAtTheSameIteration()
    {
        // f falls below −0.2 long before ‖grad f‖ ≤ 1e-8: "or" stops at the target, "and" waits for both.
        var either = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(100_000) | StoppingRule.WhenValueBelow(-0.2) | StoppingRule.WhenGradientNormBelow(1e-8), [0.3, -0.2, 0.4, 0.1]);
        var both = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(100_000) | (StoppingRule.WhenValueBelow(-0.2) & StoppingRule.WhenGradientNormBelow(1e-8)), [0.3, -0.2, 0.4, 0.1]);
        Assert.Equal(StopCode.TargetValue, either.StopReason.Code);
        Assert.Equal(StopCode.AllOf, both.StopReason.Code);
        Assert.Equal("all-of", both.StopReason.Name);
        Assert.Equal("target-value & gradient-tolerance", both.StopReason.Detail);
        Assert.True(both.Iterations > either.Iterations);
        Assert.True(both.FinalGradientNorm <= 1e-8 && both.FinalValue <= -0.2);
    }

    [Fact]
    public void AReusedRuleBehavesLikeANewOne()
    {
        // The second-order rule remembers when it last ran Lanczos; without a reset a second run would inherit it.
        var rule = StoppingRule.AfterIterations(5000) | StoppingRule.AtSecondOrderPoint(1e-6, 1e-6, checkInterval: 1_000_000);
        double[] nearMinimum = [1.0, 1e-9, 1e-9, 1e-9];
        var first = Run(new GradientDescent(0.1), rule, nearMinimum);
        var second = Run(new GradientDescent(0.1), rule, nearMinimum);
        var fresh = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(5000) | StoppingRule.AtSecondOrderPoint(1e-6, 1e-6, checkInterval: 1_000_000), nearMinimum);
        Assert.Equal(StopCode.SecondOrderStationary, fresh.StopReason.Code);
        Assert.Equal(fresh.StopReason, first.StopReason);
        Assert.Equal(fresh.StopReason, second.StopReason);
        Assert.Equal(fresh.Iterations, second.Iterations);
    }
}
