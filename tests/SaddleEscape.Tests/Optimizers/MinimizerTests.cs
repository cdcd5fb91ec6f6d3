using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

public sealed class MinimizerTests
{
    private static readonly QuadraticSaddle F = new([-1, 0.5, 1, 2], 1);
    private static readonly double[] Start = [0.3, -0.2, 0.4, 0.1];

    private static MinimizationResult Run(Optimizer optimizer, StoppingRule stop, double[]? start = null, CancellationToken token = default) =>
        Minimizer.Run(new Oracle(F), new Euclidean(4), optimizer, start ?? Start, new MinimizerOptions { Seed = 1, Stop = stop, Cancellation = token, Certificate = null });

    [Fact]
    public void EachStoppingRuleReportsItsReason()
    {
        Assert.Equal("max-iterations", Run(new GradientDescent(0.1), StoppingRule.AfterIterations(7)).StopReason.Name);
        Assert.Equal(7, Run(new GradientDescent(0.1), StoppingRule.AfterIterations(7)).Iterations);
        var budget = Run(new GradientDescent(0.1), StoppingRule.GradientBudget(12));
        Assert.Equal("gradient-budget", budget.StopReason.Name);
        Assert.Equal(12, budget.Counts.Gradients);
        var target = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(10_000) | StoppingRule.WhenValueBelow(-0.2));
        Assert.Equal("target-value", target.StopReason.Name);
        Assert.True(target.FinalValue <= -0.2);
        var grad = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(10_000) | StoppingRule.WhenGradientNormBelow(1e-8));
        Assert.Equal("gradient-tolerance", grad.StopReason.Name);
        Assert.True(grad.FinalGradientNorm <= 1e-8);
        Assert.Equal("wall-time", Run(new GradientDescent(1e-9), StoppingRule.AfterWallTime(TimeSpan.FromMilliseconds(30))).StopReason.Name);
    }

    [Fact]
    public void SecondOrderStationarityIgnoresTheSaddleAndStopsAtTheMinimum()
    {
        // From the stable manifold GD reaches ‖∇f‖ ≤ ε at the saddle, where λ_min = −1 < −√(ρε): it must not stop there.
        var r = Run(new PerturbedGradientDescent(new PerturbedGradientDescentSettings(0.1, 0.01, 1e-7, 1e-9, 100, StopOnFailedEscape: false)),
            StoppingRule.AfterIterations(20_000) | StoppingRule.AtSecondOrderStationaryPoint(1e-6, 1), [0, 0.3, -0.2, 0.1]);
        Assert.Equal("second-order-stationary", r.StopReason.Name);
        Assert.Equal(-0.25, r.FinalValue, 8);
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = Run(new GradientDescent(0.1), StoppingRule.AfterIterations(100), token: cts.Token);
        Assert.Equal("cancelled", r.StopReason.Name);
        Assert.Equal(0, r.Iterations);
    }

    [Fact]
    public void DivergenceStopsSaysSoAndKeepsTheTrace()
    {
        var r = Run(new GradientDescent(50), StoppingRule.AfterIterations(1000));
        Assert.Equal("diverged", r.StopReason.Name);
        Assert.True(r.Diverged);
        Assert.NotNull(r.StopReason.Detail);
        Assert.True(r.Trace.Rows.Count >= 3, "the trace up to the divergence is kept");
        Assert.Equal(0, r.Trace.Rows[0].Iteration);
        Assert.Null(r.Certificate);
    }

    [Fact]
    public void ZeroIterationsCertifiesTheStartPoint()
    {
        var r = Minimizer.Run(new Oracle(F), new Euclidean(4), new GradientDescent(0.1), new double[4], new MinimizerOptions { Stop = StoppingRule.AfterIterations(0) });
        Assert.Equal(0, r.Iterations);
        Assert.Equal(new double[4], r.X);
        Assert.Equal(SaddleEscape.Landscape.Classification.StrictSaddle, r.Certificate!.Classification);
        Assert.Equal(-1, r.Certificate.LambdaMin, 12);
    }

    [Fact]
    public void ProgressIsReportedAtTheRequestedInterval()
    {
        var seen = new List<long>();
        Minimizer.Run(new Oracle(F), new Euclidean(4), new GradientDescent(0.1), Start, new MinimizerOptions
        {
            Stop = StoppingRule.AfterIterations(100),
            ProgressEvery = 25,
            Progress = p => seen.Add(p.Iteration),
            Certificate = null,
        });
        Assert.Equal([0, 25, 50, 75, 100], seen);
    }

    [Fact]
    public void LongTracesAreThinnedButKeepFirstLastAndEveryEvent()
    {
        var settings = new PerturbedGradientDescentSettings(0.1, 0.01, 1e-3, 1e-9, 20, StopOnFailedEscape: false);
        var r = Minimizer.Run(new Oracle(F), new Euclidean(4), new PerturbedGradientDescent(settings), Start, new MinimizerOptions
        {
            Seed = 3,
            Stop = StoppingRule.AfterIterations(50_000),
            TraceMaxRows = 100,
            Certificate = null,
        });
        var rows = r.Trace.Rows;
        Assert.True(rows.Count < 100 + 64 + r.Events.Count + 2, $"{rows.Count} rows kept");
        Assert.Equal(0, rows[0].Iteration);
        Assert.Equal(50_000, rows[^1].Iteration);
        var eventIterations = r.Events.Select(e => e.Iteration).Distinct().ToArray();
        Assert.True(eventIterations.Length > 100, "the run has many perturbations");
        Assert.All(eventIterations, it => Assert.Contains(rows, row => row.Iteration == it && row.Event.Length > 0));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Iteration < p.Second.Iteration));
    }

    [Fact]
    public void StochasticOptimizersAreMonitoredWithoutBeingCharged()
    {
        var noisy = new AdditiveGaussianGradientNoise(F, 0.1);
        var r = Minimizer.Run(new Oracle(F, noisy), new Euclidean(4), new StochasticGradientDescent(0.05, 4), Start, new MinimizerOptions
        {
            Seed = 1,
            Stop = StoppingRule.AfterIterations(100),
            MonitorEvery = 10,
            Certificate = null,
        });
        Assert.Equal(100, r.Counts.StochasticGradients);
        Assert.Equal(400, r.Counts.SampleGradients);
        Assert.Equal(0, r.Counts.Gradients);
        Assert.Equal(11, r.Trace.Rows.Count);
    }

    [Fact]
    public void TheSameSeedGivesTheSameBits()
    {
        var noisy = new AdditiveGaussianGradientNoise(F, 0.1);
        MinimizationResult Once(int seed) => Minimizer.Run(new Oracle(F, noisy), new Euclidean(4), new NoisyStochasticGradientDescent(0.05, 0.1), Start,
            new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(300), Certificate = null });
        var a = Once(5);
        var b = Once(5);
        var c = Once(6);
        Assert.Equal(a.X, b.X);
        Assert.Equal(a.Trace.Rows, b.Trace.Rows);
        Assert.NotEqual(a.X, c.X);
    }

    [Theory]
    [InlineData(1e-300, 0)] // never perturbs: no events
    [InlineData(1e-3, 2)]   // perturbs every 200 iterations once converged: a perturbation and a failed escape each time
    public void TheLoopAllocatesNothingPerIterationBeyondTheEventsItKeeps(double gradientThreshold, int eventsPer200)
    {
        var f = new QuadraticSaddle(Enumerable.Range(0, 100).Select(i => i == 0 ? -1.0 : 0.5 + (1.5 * i / 100)).ToArray(), 1);
        double[] start = [1e-6, .. Enumerable.Repeat(0.5, 99)];
        (long Bytes, int Events) Allocated(long iterations)
        {
            var pgd = new PerturbedGradientDescent(new PerturbedGradientDescentSettings(0.05, 0.01, gradientThreshold, 1e-7, 200, StopOnFailedEscape: false));
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = Minimizer.Run(new Oracle(f), new Euclidean(100), pgd, start, new MinimizerOptions { Stop = StoppingRule.AfterIterations(iterations), Certificate = null, TraceMaxRows = 1_000 });
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(iterations, result.Iterations);
            return (bytes, result.Events.Count);
        }

        Allocated(1_000); // JIT and first-use allocations
        var (small, smallEvents) = Allocated(100_000);
        var (large, largeEvents) = Allocated(300_000);
        int moreEvents = largeEvents - smallEvents;
        Assert.InRange(moreEvents, 0.9 * eventsPer200 * 1_000, (1.1 * eventsPer200 * 1_000) + 1);
        // Each kept event costs its record, its list slot and its trace row, with list doubling at most ~3× that (≤ 300 B);
        // a per-iteration allocation of even 1 byte would add 200 kB over the 200 000 extra iterations.
        Assert.InRange(large - small, 0, 16_000 + (300 * moreEvents));
    }
}
