using Microsoft.Data.Sqlite;
using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Running;
using System.Diagnostics;
using System.Security.Cryptography;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// Fault injection (issue 22): damaged, truncated and read-only stores, a full file system, SIGKILL and SIGINT during
/// <c>reproduce</c> and <c>sweep</c>, and sizes that do not fit. Every fault ends in one line and its exit code (2 bad
/// input, 4 environment, 130 interrupted), no stack trace, no partial file, and no stored job lost: the same command
/// then completes with the numbers of an uninterrupted run.
/// </summary>
[Collection("console")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FaultInjectionTests : IDisposable
{
    /// <summary>16 jobs that take well under a second in all.</summary>
    private static readonly string[] Small = ["dimensions=2,3", "seeds=2", "max_iterations=20000"];

    /// <summary>48 jobs; GD at d = 5 takes 200 000 iterations, so a run lasts long enough to be interrupted half-way.</summary>
    private static readonly string[] Slow = ["dimensions=2,3,5", "seeds=4", "max_iterations=200000"];

    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-faults-").FullName;
    private readonly Mounts _mounts = new();

    public void Dispose()
    {
        _mounts.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static string[] Reproduce(string output, string[] grid) =>
        ["reproduce", "octopus-escape", "--quick", "--parallel", "1", "--out", output, "--set", .. grid];

    /// <summary>runs.csv of an uninterrupted run of <paramref name="grid"/>.</summary>
    private byte[] Reference(string[] grid)
    {
        string output = Path.Combine(_dir, "reference-" + grid.Length + grid[^1]);
        new OctopusEscapeExperiment().Execute(new ExperimentRequest(output, Quick: true, Set: grid, Parallelism: 1), SilentProgress.Instance);
        return File.ReadAllBytes(Path.Combine(output, "octopus-escape", "runs.csv"));
    }

    /// <summary>Every stored job's key and record (less its wall time), in key order: equal for equal runs.</summary>
    private static string Fingerprint(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(key || ' ' || json_remove(record, '$.wall_seconds'), char(10)) FROM (SELECT * FROM jobs ORDER BY key)";
        return (string)command.ExecuteScalar()!;
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    private static IEnumerable<string> Partial(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).Contains(".tmp", StringComparison.Ordinal));

    [Theory]
    [InlineData("truncated to a page")]
    [InlineData("truncated to half")]
    [InlineData("garbage header")]
    [InlineData("garbage pages")]
    public void ADamagedStoreIsReportedInOneLineAndLeftAsItWas(string damage)
    {
        string output = Path.Combine(_dir, "damaged");
        Assert.Equal(0, CliRun.InProcess(Reproduce(output, Small)).Code);
        string store = Path.Combine(output, "octopus-escape", "results.sqlite");
        long length = new FileInfo(store).Length;
        using (var file = new FileStream(store, FileMode.Open))
        {
            switch (damage)
            {
                case "truncated to a page":
                    file.SetLength(4096);
                    break;
                case "truncated to half":
                    file.SetLength(length / 2);
                    break;
                case "garbage header":
                    file.Write("this is not a database at all"u8);
                    break;
                default:
                    file.Position = 2 * 4096;
                    file.Write(Enumerable.Repeat((byte)0xA5, (int)(length - (2 * 4096))).ToArray());
                    break;
            }
        }

        string hash = Hash(store);
        var before = CliRun.Snapshot(output);
        foreach (var args in new[] { Reproduce(output, Small), ["results", "export", output, "--format", "csv"] })
        {
            var (code, _, error) = CliRun.InProcess(args);
            Assert.True(code == 4, $"{damage}, {args[0]}: exit {code}: {error}");
            Assert.Contains("is damaged or is not a results store; it was left unchanged", CliRun.LastLine(error), StringComparison.Ordinal);
            Assert.Equal(hash, Hash(store));
            Assert.Equal(before, CliRun.Snapshot(output)); // no -wal, -shm or export left beside it
        }
    }

    [Fact]
    public void ADamagedShardStopsTheCollectBeforeAnythingIsMerged()
    {
        string output = Path.Combine(_dir, "shards");
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(0, CliRun.InProcess([.. Reproduce(output, Small), "--shard", $"{i}/2"]).Code);
        }

        string shard = Path.Combine(output, "octopus-escape", "shards", "results-1-of-2.sqlite");
        using (var file = new FileStream(shard, FileMode.Open))
        {
            file.Write("garbage garbage garbage"u8);
        }

        var before = CliRun.Snapshot(output);
        var (code, _, error) = CliRun.InProcess(["reproduce", "octopus-escape", "--quick", "--collect", output, "--set", .. Small]);
        Assert.Equal(4, code);
        Assert.Contains("results-1-of-2.sqlite", CliRun.OneLine(error), StringComparison.Ordinal);
        Assert.Equal(before, CliRun.Snapshot(output)); // the results store was not even created
    }

    [Fact]
    public void AReadOnlyOutputFolderIsRefusedBeforeAnyWork()
    {
        string source = Path.Combine(_dir, "finished");
        Assert.Equal(0, CliRun.InProcess(Reproduce(source, Small)).Code);
        string folder = source;
        if (Environment.UserName == "root")
        {
            folder = Path.Combine(_dir, "read-only");
            _mounts.ReadOnly(source, folder); // root writes through any mode bits: only a read-only mount refuses it
        }
        else
        {
            File.SetUnixFileMode(Path.Combine(source, "octopus-escape"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
            File.SetUnixFileMode(source, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        try
        {
            var before = CliRun.Snapshot(source);
            var (code, _, error) = CliRun.InProcess(Reproduce(folder, Small));
            Assert.Equal(2, code);
            Assert.Contains("cannot be written", CliRun.OneLine(error), StringComparison.Ordinal);
            (code, _, error) = CliRun.InProcess("results", "export", folder, "--format", "csv");
            Assert.Equal(2, code);
            CliRun.OneLine(error);
            Assert.Equal(before, CliRun.Snapshot(source));
        }
        finally
        {
            if (Environment.UserName != "root")
            {
                File.SetUnixFileMode(source, (UnixFileMode)0b111_000_000);
                File.SetUnixFileMode(Path.Combine(source, "octopus-escape"), (UnixFileMode)0b111_000_000);
            }
        }
    }

    [RootFact]
    public void AFullDiskEndsInOneLineAndTheSameCommandThenCompletesTheSameReport()
    {
        byte[] reference = Reference(Small);
        string disk = Path.Combine(_dir, "disk");
        _mounts.Tmpfs(disk, 2048);
        string output = Path.Combine(disk, "results");
        string store = Path.Combine(output, "octopus-escape", "results.sqlite");

        // Almost no space: the store cannot even be opened.
        string filler = Mounts.Fill(disk, 20 << 10);
        var (code, _, error) = CliRun.Child(null, Reproduce(output, Small));
        Assert.True(code == 4, $"exit {code}: {error}");
        Assert.Contains("the disk is full", CliRun.LastLine(error), StringComparison.Ordinal);
        File.Delete(filler);

        // Room for a few jobs: the run stops at the first that does not fit, keeping the others.
        filler = Mounts.Fill(disk, 150 << 10);
        (code, _, error) = CliRun.Child(null, Reproduce(output, Small));
        Assert.True(code == 4, $"exit {code}: {error}");
        Assert.Contains("the disk is full", CliRun.LastLine(error), StringComparison.Ordinal);
        Assert.Empty(Partial(disk));
        long kept = ResumeAndShardTests.Stored(store);
        Assert.InRange(kept, 1, 15);

        // Space freed: the same command runs only the missing jobs and writes the report of an uninterrupted run.
        File.Delete(filler);
        (code, _, error) = CliRun.Child(null, Reproduce(output, Small));
        Assert.True(code == 0, error);
        Assert.Contains($"{kept} stored, {16 - kept} to run", error, StringComparison.Ordinal);
        Assert.Equal(reference, File.ReadAllBytes(Path.Combine(output, "octopus-escape", "runs.csv")));

        // A single run on a full disk: one line, and no half-written figure or table beside the others.
        filler = Mounts.Fill(disk, 24 << 10);
        (code, _, error) = CliRun.Child(null, "run", "--problem", "octopus", "--dim", "10", "--optimizer", "gd", "--max-iters", "20000", "--out", Path.Combine(disk, "run"));
        Assert.True(code == 4, $"exit {code}: {error}");
        Assert.Contains("no space left on the device", CliRun.LastLine(error), StringComparison.Ordinal);
        Assert.Empty(Partial(disk));
    }

    [InterruptibleFact]
    public void SigintDuringReproduceStopsWithOneLineAndTheResumeRunsOnlyTheMissingJobs()
    {
        string output = Path.Combine(_dir, "sigint");
        InterruptThenResume(Reproduce(output, Slow), Path.Combine(output, "octopus-escape", "results.sqlite"), "SIGINT", () =>
        {
            Assert.Equal(Reference(Slow), File.ReadAllBytes(Path.Combine(output, "octopus-escape", "runs.csv")));
            return Path.Combine(_dir, "reference-" + Slow.Length + Slow[^1], "octopus-escape", "results.sqlite");
        });
    }

    [InterruptibleFact]
    public void SigintDuringSweepStopsWithOneLineAndTheResumeRunsOnlyTheMissingJobs()
    {
        var (args, store, reference) = Sweep("sigint-sweep");
        InterruptThenResume(args, store, "SIGINT", reference);
    }

    [Fact]
    public void SigkillDuringSweepLosesNoStoredRunAndTheResumeRunsOnlyTheMissingOnes()
    {
        var (args, store, reference) = Sweep("sigkill-sweep");
        InterruptThenResume(args, store, "SIGKILL", reference);
    }

    private (string[] Args, string Store, Func<string> Reference) Sweep(string name)
    {
        string file = Path.Combine(_dir, name + ".toml");
        File.WriteAllText(file, """
            name = "octopus-gd"
            seeds = 6
            dimensions = [5, 10]
            [[problems]]
            name = "octopus"
            [[optimizers]]
            name = "gd"
            [run]
            max_iterations = 200000
            grad_tol = 0
            """);
        string output = Path.Combine(_dir, name);
        string Reference()
        {
            string whole = Path.Combine(_dir, name + "-whole");
            Assert.Equal(0, CliRun.InProcess("sweep", file, "--parallel", "1", "--out", whole).Code);
            return Path.Combine(whole, "results.sqlite");
        }

        return (["sweep", file, "--parallel", "1", "--out", output], Path.Combine(output, "results.sqlite"), Reference);
    }

    /// <summary>
    /// Interrupts <paramref name="args"/> once 3 jobs are stored, then runs it again: it must run only the missing jobs
    /// and store exactly the records of an uninterrupted run (<paramref name="reference"/> runs one and returns its store).
    /// </summary>
    private static void InterruptThenResume(string[] args, string store, string signal, Func<string> reference)
    {
        long total;
        using (var child = CliRun.Start(null, args))
        {
            var stdout = child.StandardOutput.ReadToEndAsync();
            var stderr = child.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            while (ResumeAndShardTests.Stored(store) < 3 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the child finished before it could be interrupted");
            if (signal == "SIGKILL")
            {
                child.Kill();
            }
            else
            {
                using var kill = Process.Start("kill", ["-INT", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
                kill.WaitForExit();
            }

            Assert.True(child.WaitForExit(30_000), "the child did not stop");
            if (signal == "SIGINT")
            {
                Assert.Equal(130, child.ExitCode);
                string error = stderr.Result;
                Assert.Contains("run the same command again to resume", error, StringComparison.Ordinal);
                Assert.Equal("saddle: cancelled", CliRun.LastLine(error));
            }

            _ = stdout.Result;
        }

        long kept = ResumeAndShardTests.Stored(store);
        Assert.True(kept >= 3, $"only {kept} jobs stored");
        var (code, _, resumed) = CliRun.Child(null, args);
        Assert.True(code == 0, resumed);
        total = ResumeAndShardTests.Stored(store);
        Assert.Contains($"{kept} stored, {total - kept} to run", resumed, StringComparison.Ordinal);
        Assert.Equal(Fingerprint(reference()), Fingerprint(store));
    }

    [Theory]
    [InlineData("run --problem quadratic-saddle --optimizer gd --dim 1000000000")]
    [InlineData("run --problem tensor-orthogonal-4 --optimizer gd --dim 100000")]
    [InlineData("spectrum --problem octopus --dim 2000000000 --out {d}/o")]
    [InlineData("reproduce octopus-escape --quick --set seeds=1000000000 --out {d}/o")]
    [InlineData("reproduce octopus-escape --quick --set dimensions=1000000000 --out {d}/o")]
    public void HugeSizesAreRefusedBeforeAllocating(string commandLine)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (code, _, error) = CliRun.InProcess(commandLine.Replace("{d}", _dir, StringComparison.Ordinal).Split(' '));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(2, code);
        Assert.Contains("give --force", CliRun.OneLine(error), StringComparison.Ordinal);
        Assert.True(allocated < 64 << 20, $"{allocated} bytes allocated before the refusal");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed} before the refusal");
    }

    [Fact]
    public void AFailedWriteLeavesTheOldFileAndNoTemporaryOne()
    {
        string file = Path.Combine(_dir, "table.csv");
        AtomicFile.WriteAllText(file, "old\n");
        Assert.Throws<IOException>(() => AtomicFile.Write(file, stream =>
        {
            stream.Write("new, half-written"u8);
            throw new IOException("No space left on device", 28);
        }));
        Assert.Equal("old\n", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(_dir));
        Assert.True(StorageFaults.IsDiskFull(new IOException("x", 28)));
    }
}
