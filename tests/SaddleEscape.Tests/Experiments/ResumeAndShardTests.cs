using Microsoft.Data.Sqlite;
using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Running;
using System.Diagnostics;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The results store in use: a run killed with SIGKILL resumes without re-running its stored jobs, and shards collect to the same report as one run.</summary>
[Collection("console")]
public sealed class ResumeAndShardTests : IDisposable
{
    // A small grid whose GD runs at d = 5 take 200 000 censored iterations each, so a run lasts long enough to be killed half-way.
    private static readonly string[] Grid = ["dimensions=2,3,5", "seeds=4", "max_iterations=200000"];
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-resume-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ExperimentRequest Request(string folder, ShardSpec? shard = null, bool collect = false) =>
        new(Path.Combine(_dir, folder), Quick: true, Set: Grid, Shard: shard, Collect: collect, Parallelism: 1);

    /// <summary>The jobs in the store at <paramref name="store"/> (0 before it exists or holds its table), read without locking it.</summary>
    internal static long Stored(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM jobs";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // the table is not there yet
        }
    }

    [Fact]
    public void AKilledRunResumesWithoutRerunningStoredJobsAndWritesTheSameRunsCsv()
    {
        var experiment = new OctopusEscapeExperiment();
        int total = experiment.CountJobs(Request("whole"));
        Assert.Equal(48, total);

        string saddle = Path.Combine(AppContext.BaseDirectory, "saddle");
        string output = Path.Combine(_dir, "killed");
        string store = Path.Combine(output, "octopus-escape", "results.sqlite");
        var start = new ProcessStartInfo(saddle, ["reproduce", "octopus-escape", "--quick", "--parallel", "1", "--out", output, "--set", .. Grid])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var child = Process.Start(start)!)
        {
            var clock = Stopwatch.StartNew();
            while (Stored(store) < 6 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the child finished before it could be killed half-way");
            child.Kill(); // SIGKILL on Linux: no chance to clean up
            child.WaitForExit();
        }

        long afterKill = Stored(store);
        Assert.InRange(afterKill, 6, total - 1);

        var resumed = experiment.Execute(Request("killed"), SilentProgress.Instance);
        Assert.Equal(afterKill, resumed.JobsStored);
        Assert.Equal(total - afterKill, resumed.JobsRun);

        var whole = experiment.Execute(Request("whole"), SilentProgress.Instance);
        Assert.Equal(total, whole.JobsRun);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_dir, "whole", "octopus-escape", "runs.csv")),
            File.ReadAllBytes(Path.Combine(output, "octopus-escape", "runs.csv")));

        // Running the same command again runs nothing.
        var again = experiment.Execute(Request("whole"), SilentProgress.Instance);
        Assert.Equal((0, total), (again.JobsRun, again.JobsStored));
    }

    [Fact]
    public void ThreeShardsCollectToTheSameNumbersAsOneRun()
    {
        var experiment = new OctopusEscapeExperiment();
        int ran = 0;
        for (int i = 0; i < 3; i++)
        {
            var outcome = experiment.Execute(Request("sharded", new ShardSpec(i, 3)), SilentProgress.Instance);
            Assert.Null(outcome.ReportPath);
            ran += outcome.JobsRun;
        }

        Assert.Equal(48, ran);
        Assert.Throws<ArgumentException>(() => experiment.Summary(Request("sharded"))); // nothing collected yet: no merged store
        var collected = experiment.Execute(Request("sharded", collect: true), SilentProgress.Instance);
        Assert.Equal((0, 48), (collected.JobsRun, collected.JobsStored));
        experiment.Execute(Request("one"), SilentProgress.Instance);
        var a = experiment.Summary(Request("sharded"));
        var b = experiment.Summary(Request("one"));
        Assert.Equal(b.Runs, a.Runs);
        Assert.Equal(b.Cells, a.Cells);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_dir, "one", "octopus-escape", "runs.csv")),
            File.ReadAllBytes(Path.Combine(_dir, "sharded", "octopus-escape", "runs.csv")));
    }

    [Fact]
    public void TwoProcessesRunTheUnstoredJobsAsOneJobShardsAndReportTheSameNumbersAsOneRun()
    {
        string[] small = ["dimensions=2,3", "seeds=2", "max_iterations=20000"];
        var experiment = new OctopusEscapeExperiment();
        var one = new ExperimentRequest(Path.Combine(_dir, "one-process"), Quick: true, Set: small, Parallelism: 1);
        int total = experiment.CountJobs(one);
        Assert.Equal(16, total);

        // Four jobs stored beforehand (shard 0 of 4, merged into the results store): --processes must run only the other twelve.
        string output = Path.Combine(_dir, "processes");
        var before = new ExperimentRequest(output, Quick: true, Set: small, Parallelism: 1);
        experiment.Execute(before with { Shard = new ShardSpec(0, 4) }, SilentProgress.Instance);
        using (var store = ResultsStore.Open(Path.Combine(output, "octopus-escape", "results.sqlite")))
        {
            Assert.Equal(4, store.MergeFrom(Path.Combine(output, "octopus-escape", "shards", "results-0-of-4.sqlite")));
        }

        Assert.Equal(12, experiment.UnstoredJobShards(before).Count);
        Assert.All(experiment.UnstoredJobShards(before), s => Assert.Equal(16, s.Count));

        string saddle = Path.Combine(AppContext.BaseDirectory, "saddle");
        var start = new ProcessStartInfo(saddle, ["reproduce", "octopus-escape", "--quick", "--processes", "2", "--out", output, "--set", .. small])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var child = Process.Start(start)!)
        {
            string stdout = child.StandardOutput.ReadToEnd();
            string stderr = child.StandardError.ReadToEnd();
            child.WaitForExit();
            Assert.True(child.ExitCode == 0, stdout + stderr);
            Assert.Contains("12 jobs not yet stored; running them in 2 processes", stderr, StringComparison.Ordinal);
        }

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(output, "octopus-escape", "results.sqlite")};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*), count(DISTINCT shard), sum(shard LIKE '%/16') FROM jobs";
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            Assert.Equal((16L, 13L, 12L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2))); // 4 from shard 0/4, 12 one-job shards
        }

        Assert.Empty(experiment.UnstoredJobShards(before));
        experiment.Execute(one, SilentProgress.Instance);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_dir, "one-process", "octopus-escape", "runs.csv")),
            File.ReadAllBytes(Path.Combine(output, "octopus-escape", "runs.csv")));
    }

    [Fact]
    public void CollectingWithAMissingShardSaysHowManyJobsAreMissing()
    {
        var experiment = new OctopusEscapeExperiment();
        experiment.Execute(Request("partial", new ShardSpec(0, 2)), SilentProgress.Instance);
        var e = Assert.Throws<InvalidOperationException>(() => experiment.Execute(Request("partial", collect: true), SilentProgress.Instance));
        Assert.Contains("24 of 48 jobs have no stored result", e.Message, StringComparison.Ordinal);
    }
}
