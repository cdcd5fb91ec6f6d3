using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.PsgdComparison;

namespace SaddleEscape.Tests.Torch;

[Collection("console")] // dropout draws from torch's global generator, which other torch tests reseed
public sealed class PsgdExperimentTests : IDisposable
{
    private readonly string _data = SyntheticImageFolder.Create(256, 64);
    private readonly string _out = Directory.CreateTempSubdirectory("saddle-psgd-").FullName;

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_out, recursive: true);
    }

    private ExperimentRequest Request(params string[] extra)
    {
        var set = new Dictionary<string, string>
        {
            ["epochs"] = "10",
            ["batch"] = "16",
            ["lr"] = "1",
            ["radii"] = "0.05",
            ["trials"] = "1",
            ["loss"] = "cross-entropy",
            ["hessian_runs"] = "1",
            ["hessian_steps"] = "6",
            ["train"] = "0",
            ["test"] = "0",
            ["baseline_epochs"] = "0",
        };
        foreach (var item in extra)
        {
            set[item.Split('=')[0]] = item.Split('=')[1];
        }

        return new(_out, Quick: true, Seed: 3, Data: _data, Set: set.Select(kv => $"{kv.Key}={kv.Value}").ToArray());
    }

    [Fact]
    public void SameSeedGivesTheSameCurvesAndTrainingLearns()
    {
        var experiment = new PsgdComparisonExperiment("mlp");
        var jobs = experiment.Jobs(experiment.Settings(Request()));
        Assert.Equal(2, jobs.Count);
        var a = jobs.Select(j => experiment.Run(j, JobContext.None)).ToList();
        var b = jobs.Select(j => experiment.Run(j, JobContext.None)).ToList();
        Assert.Equal(a.Select(r => r.Epochs.Select(e => e.TrainLoss).ToArray()), b.Select(r => r.Epochs.Select(e => e.TrainLoss).ToArray()));
        Assert.All(a, r => Assert.True(r.Final.TestAccuracy > 0.9, $"{r.Optimizer}: {r.Final.TestAccuracy}"));
        Assert.NotEqual(a[0].Final.TrainLoss, a[1].Final.TrainLoss); // the noise changes the trajectory
        Assert.All(a, r => Assert.NotNull(r.Hessian));
        Assert.True(a[0].Hessian!.LambdaMax > 0);
    }

    [Fact]
    public void TheAnalysisPairsTrialsAndFlagsARunAtChance()
    {
        var experiment = new PsgdComparisonExperiment("mlp");
        // η = 1e-6: nothing is learnt in 2 epochs, so both optimisers sit at chance and their curves differ by the noise only.
        var request = Request("epochs=2", "trials=2", "lr=0.000001", "hessian_runs=0", "baseline_epochs=1");
        var outcome = experiment.Execute(request, SilentProgress.Instance);
        Assert.Equal(5, outcome.JobsRun);
        var summary = experiment.Summary(request);
        // The baseline (Adam, lr 1e-3, cross-entropy) is reported apart and kept out of the SGD/PSGD comparison.
        Assert.Equal(4, summary.Runs.Count);
        Assert.NotNull(summary.Baseline);
        Assert.True(summary.Baseline!.Baseline);
        Assert.True(summary.AtChance);
        Assert.NotNull(summary.Paired);
        Assert.Equal(2, summary.PairedMaxGaps.Count);
        Assert.Equal(0.05, summary.BestRadius);
        var comparison = Assert.Single(summary.ByRadius!);
        Assert.Equal(2, comparison.Pairs);
        Assert.Equal(summary.Paired!.PValue, comparison.Paired!.PValue, 12); // one radius: the per-radius test is the best-radius test
    }
}
