using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.Spectra;

namespace SaddleEscape.Tests.Landscape;

public sealed class SpectraExperimentTests
{
    [Fact]
    public void EveryDeepLinearCriticalPointFoundSitsAtAClosedFormCriticalValue()
    {
        // The finder's energies against Baldi–Hornik/Kawaguchi's f* + (1/2N)Σ_{i∈T}σ_i²: an independent check of both.
        var experiment = new SpectraExperiment();
        var settings = SpectraSettings.Quick with { Starts = 12, NetworkData = false };
        var jobs = experiment.Jobs(settings);
        Assert.All(jobs, j => Assert.IsType<SpectraDeepLinearJob>(j));
        var results = jobs.Select((j, i) => new JobResult<SpectraJob, SpectraRecord>($"job {i}", j, experiment.Run(j, JobContext.None), 0)).ToList();
        var summary = experiment.Analyze(settings, results);
        Assert.Equal(8, summary.CriticalValues.Count);
        Assert.True(summary.MatchedValues.All >= 10, $"only {summary.MatchedValues.All} of 12 starts polished");
        Assert.Equal(summary.MatchedValues.All, summary.MatchedValues.Matched);
        Assert.Equal((0.0, 0.0, 27, 27), (summary.ZeroPoint.Min, summary.ZeroPoint.Max, summary.ZeroPoint.Nullity, summary.ZeroPoint.Dimension));
        // The least-squares value is the smallest critical value.
        var problem = SpectraExperiment.DeepLinearProblem(settings);
        Assert.Equal(0, summary.CriticalValues[0], 9);
        Assert.True(problem.CriticalValues().SequenceEqual(summary.CriticalValues));
    }

    [Fact]
    public void JobsRunOneAtATimeSinceTheMlpSeedsLibtorchsGlobalGenerator()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-spectra-plan-" + Guid.NewGuid().ToString("N"));
        var plan = new SpectraExperiment().Plan(new ExperimentRequest(dir, Quick: true, Parallelism: 2));
        Assert.Equal(1, plan.Parallelism);
        Assert.False(Directory.Exists(dir));
    }
}
