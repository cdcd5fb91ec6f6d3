using SaddleEscape.Experiments.LandscapeDesign;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class LandscapeDesignReportTests
{
    /// <summary>
    /// Median curves match checkpoints by iteration: a run stored before the record-once fix (a stage's end twice) and a
    /// shorter run still give each iteration the median of the values recorded at that iteration.
    /// </summary>
    [Fact]
    public void MedianCurvesMatchCheckpointsByIterationNotPosition()
    {
        static SimulationRecord Run(int seed, params (long Iteration, double Error)[] curve) =>
            new("G", seed, curve.Select(c => new CurveCheckpoint(c.Iteration, 0, c.Error)).ToList(), curve[^1].Error, 0, "—", 0, null);

        var runs = new[]
        {
            Run(0, (0, 1.0), (250, 0.5), (250, 0.5), (500, 0.1), (750, 0.05)), // the old duplicate at 250
            Run(1, (0, 3.0), (250, 0.7), (500, 0.3), (750, 0.07)),
            Run(2, (0, 2.0), (250, 0.9), (500, 0.2)),                          // shorter
        };
        var median = LandscapeDesignReport.QuantileAt(runs, p => p.Error, 0.5, out var iterations);
        Assert.Equal([0.0, 250, 500], iterations);
        Assert.Equal([2.0, 0.7, 0.2], median);
        var lower = LandscapeDesignReport.QuantileAt(runs, p => p.Error, 0.25, out _);
        Assert.Equal(1.5, lower[0], 12); // the type-7 quantile of {1, 2, 3} at 0.25
    }

    /// <summary>The landscape part (100 random starts on G at d = 10, App. F): every start ends global, App. F's point is a minimum exactly above a = 2.</summary>
    [Fact]
    public void LandscapePartFindsEveryRandomStartGlobalAndTheSpuriousMinimum()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-ld-" + Guid.NewGuid().ToString("N"));
        try
        {
            var experiment = new LandscapeDesignExperiment();
            var request = new ExperimentRequest(dir, Quick: true, Only: ["landscape"]);
            var outcome = experiment.Execute(request, SilentProgress.Instance);
            Assert.Equal(105, outcome.JobsRun);
            var summary = experiment.Summary(request);
            Assert.Empty(summary.Simulations);
            Assert.Equal(100, summary.RandomStarts.Count);
            Assert.Equal(100, summary.GlobalStarts);
            var byA = summary.Spurious.ToDictionary(r => r.Outcome.A);
            Assert.Equal(-0.2, byA[1.9].Outcome.LambdaMin, 9);
            Assert.Equal(Classification.StrictSaddle, byA[1.9].Outcome.Classification);
            Assert.Equal(2.0, byA[2.1].Outcome.Value, 9);
            Assert.True(byA[2.1].IsMinimum && byA[3.0].IsMinimum);
            Assert.False(byA[1.5].IsMinimum || byA[1.9].IsMinimum || byA[2.0].IsMinimum);
            Assert.Equal((2, 2), summary.SpuriousAboveThreshold);
            Assert.True(File.Exists(Path.Combine(dir, "landscape-design", "report.md")));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>
    /// A simulated run's curve has one checkpoint per recorded iteration: a stage's last checkpoint is the next stage's
    /// first, and the final point is the last stage's end, so each is recorded once (quick G-centred, d = 8, 6 000 steps,
    /// checkpoints every 50: 121 of them, ending at the final e(Q)).
    /// </summary>
    [Fact]
    public void SimulationCurvesRecordEachCheckpointOnce()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-ld-" + Guid.NewGuid().ToString("N"));
        try
        {
            var experiment = new LandscapeDesignExperiment();
            var request = new ExperimentRequest(dir, Quick: true, Only: ["G-centred"], Set: ["seeds=1"]);
            experiment.Execute(request, SilentProgress.Instance);
            var run = Assert.Single(experiment.Summary(request).Cell("G-centred")!.Runs);
            var iterations = run.Curve.Select(c => c.Iteration).ToList();
            Assert.Equal(121, iterations.Count);
            Assert.Equal(iterations.Order().Distinct(), iterations);
            Assert.Equal(6000, iterations[^1]);
            Assert.Equal(run.FinalError, run.Curve[^1].Error);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>The step-size search covers the simulations chosen with --only (else f′, centred f′ and G), each over its own grid.</summary>
    [Theory]
    [InlineData("step-search", "G-centred:4,G:4,fprime-centred:7,fprime:7")]
    [InlineData("step-search,G", "G:4")]
    [InlineData("step-search,fprime,fprime-centred,f-relu", "fprime-centred:7,fprime:7")]
    [InlineData("fprime", "")]
    [InlineData("step-search", "G:4", "search=G")]
    [InlineData("step-search,G", "fprime-centred:7,fprime:7", "search=fprime, fprime-centred")]
    public void TheStepSearchCoversTheChosenSettings(string only, string expected, string? set = null)
    {
        var experiment = new LandscapeDesignExperiment();
        var request = new ExperimentRequest(Path.GetTempPath(), Quick: true, Only: only.Split(','), Set: set is null ? [] : [set]);
        var searched = experiment.Jobs(experiment.Settings(request)).OfType<StepSearchJob>()
            .GroupBy(s => s.Setting.Key).Select(g => $"{g.Key}:{g.Count()}");
        Assert.Equal(expected, string.Join(",", searched.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void AnUnknownSearchSettingIsRejected()
    {
        var experiment = new LandscapeDesignExperiment();
        var e = Assert.Throws<ArgumentException>(() => experiment.Settings(new ExperimentRequest(Path.GetTempPath(), Quick: true, Only: ["step-search"], Set: ["search=f-relu"])));
        Assert.Contains("search must list settings among fprime, fprime-centred, G, G-centred", e.Message, StringComparison.Ordinal);
    }
}
