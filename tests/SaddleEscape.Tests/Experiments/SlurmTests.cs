using SaddleEscape.Experiments.Hosting;
using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Running;
using System.Diagnostics;

namespace SaddleEscape.Tests.Experiments;

[Collection("console")]
public sealed class SlurmTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-slurm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ScriptsHoldAnArrayOfShardsAndADependentCollectJob()
    {
        var files = SlurmScripts.Write(new SlurmJob("octopus-escape", 4, _dir, "saddle", Quick: true, CpusPerTask: 2, Time: "00:10:00"), LeanExperiments.Registry);
        string array = File.ReadAllText(files.Array);
        Assert.Contains("#SBATCH --array=0-3", array, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --cpus-per-task=2", array, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --time=00:10:00", array, StringComparison.Ordinal);
        Assert.Contains("saddle reproduce octopus-escape --quick --seed 0 --shard auto --shards 4 --parallel 2 --out " + _dir, array, StringComparison.Ordinal);
        Assert.Contains($"saddle reproduce octopus-escape --quick --seed 0 --collect {_dir}", File.ReadAllText(files.Collect), StringComparison.Ordinal);
        Assert.Contains("--dependency=afterok:$array", File.ReadAllText(files.Submit), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SlurmScripts.Write(new SlurmJob("octopus-escape", 0, _dir, "saddle"), LeanExperiments.Registry));
        Assert.Throws<ArgumentException>(() => SlurmScripts.Write(new SlurmJob("octopus-escape", 1000, _dir, "saddle", Quick: true), LeanExperiments.Registry));
        Assert.Throws<ArgumentException>(() => SlurmScripts.Write(new SlurmJob("no-such-experiment", 4, _dir, "saddle"), LeanExperiments.Registry));
    }

    /// <summary>The quick octopus run as a 4-task Slurm array plus a collect job gives the numbers of a local run.</summary>
    [SlurmFact]
    public void AFourShardArrayOnSlurmCollectsToTheNumbersOfALocalRun()
    {
        string saddle = Path.Combine(AppContext.BaseDirectory, "saddle");
        string cluster = Path.Combine(_dir, "cluster");
        var files = SlurmScripts.Write(new SlurmJob("octopus-escape", 4, cluster, saddle, Quick: true), LeanExperiments.Registry);
        var (array, collect) = SlurmScripts.Submit(files);
        Assert.False(string.IsNullOrWhiteSpace(array));
        var clock = Stopwatch.StartNew();
        while (Queued(array, collect) && clock.Elapsed < TimeSpan.FromMinutes(8))
        {
            Thread.Sleep(500);
        }

        string log = string.Join("\n", Directory.GetFiles(Path.Combine(cluster, "slurm"), "*.out").Select(File.ReadAllText));
        Assert.True(File.Exists(Path.Combine(cluster, "octopus-escape", "report.md")), $"no report after {clock.Elapsed}; Slurm logs:\n{log}");
        Assert.Equal(4, Directory.GetFiles(Path.Combine(cluster, "octopus-escape", "shards"), "results-*-of-4.sqlite").Length);

        var experiment = new OctopusEscapeExperiment();
        experiment.Execute(new ExperimentRequest(Path.Combine(_dir, "local"), Quick: true), SilentProgress.Instance);
        var local = experiment.Summary(new ExperimentRequest(Path.Combine(_dir, "local"), Quick: true));
        var slurm = experiment.Summary(new ExperimentRequest(cluster, Quick: true));
        Assert.Equal(local.Runs, slurm.Runs);
        Assert.Equal(local.Cells, slurm.Cells);
        Assert.Equal(local.GdOverPgd, slurm.GdOverPgd);
    }

    private static bool Queued(params string[] jobs)
    {
        using var squeue = Process.Start(new ProcessStartInfo("squeue", ["-h", "-j", string.Join(",", jobs), "-o", "%i"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        string output = squeue.StandardOutput.ReadToEnd();
        squeue.WaitForExit();
        return squeue.ExitCode == 0 && output.Trim().Length > 0;
    }
}
