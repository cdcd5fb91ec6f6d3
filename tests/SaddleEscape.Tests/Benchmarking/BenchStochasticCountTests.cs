using SaddleEscape.Benchmarking;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Benchmarking;

/// <summary>
/// Issue 24 item 3: stochastic-sample calls are counted apart from f, ∇f and Hv. No family of the suites has a stochastic
/// oracle yet, so this uses the quadratic saddle with gradient noise σ = 0.1 (outside every suite).
/// </summary>
public sealed class BenchStochasticCountTests
{
    [Fact]
    public void MiniBatchCallsAreCountedSeparatelyAndChargedAndTheHarnessStillLogsValues()
    {
        var family = new BenchSuiteFamily("quadratic-saddle-noisy", "quadratic-saddle", [10], p => ((QuadraticSaddleParameters)p) with { GradientNoise = 0.1 });
        var instance = BenchInstance.Create(family, 10, 1);
        Assert.NotNull(instance.Problem.Stochastic);
        var record = BenchHarness.Run(instance, BenchStartKinds.Random, BenchSolvers.Create("sgd", instance), 2000, 1);
        var c = record.Counts;
        Assert.True(c.StochasticGradients > 0, $"{c}");
        Assert.True(c.SampleGradients >= c.StochasticGradients, $"{c}");
        Assert.Equal(c.Values + c.Gradients + c.HessianVectorProducts + c.StochasticGradients, c.Cost);

        // The harness's uncharged looks at stochastic calls feed the value log: more than the final point's line.
        Assert.NotNull(record.ValueLog);
        Assert.True(record.ValueLog!.CostTriggered.Count > 2, $"{record.ValueLog.CostTriggered.Count} lines");
        Assert.Equal(c.Cost, record.ValueLog.CostTriggered[^1].Cost);
    }
}
