using SaddleEscape.Experiments.Running;
using System.Diagnostics;
using System.Globalization;

namespace SaddleEscape.Tests.Experiments;

/// <summary><see cref="ShardProcessPool"/>: never more children at once than asked, every shard run once, failures named after all have ended.</summary>
public sealed class ShardProcessPoolTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-pool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A child that appends "+" when it starts and "-" when it ends (one write each, O_APPEND), sleeping between.
    private ProcessStartInfo Child(ShardSpec shard, int exitCode = 0) =>
        new("/bin/sh", ["-c", string.Create(CultureInfo.InvariantCulture, $"echo + >> '{_dir}/trace'; echo shard {shard.Index}; sleep 0.2; echo - >> '{_dir}/trace'; exit {exitCode}")]);

    private static int MostAtOnce(IEnumerable<string> trace)
    {
        int now = 0, most = 0;
        foreach (string line in trace)
        {
            now += line == "+" ? 1 : -1;
            most = Math.Max(most, now);
        }

        return most;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void RunsEveryShardOnceWithAtMostTheAskedProcessesAtOnce(int processes)
    {
        var shards = Enumerable.Range(0, 7).Select(i => new ShardSpec(i, 7)).ToList();
        ShardProcessPool.Run(shards, s => Child(s), processes, Path.Combine(_dir, "logs"), SilentProgress.Instance, "test");

        var trace = File.ReadAllLines(Path.Combine(_dir, "trace"));
        Assert.Equal(14, trace.Length);
        Assert.Equal(processes, MostAtOnce(trace)); // seven 0.2 s children: the pool fills all its slots
        for (int i = 0; i < 7; i++)
        {
            Assert.Equal($"shard {i}", File.ReadAllText(Path.Combine(_dir, "logs", $"log-{i}-of-7.txt")).Trim());
        }
    }

    [Fact]
    public void AFailedChildDoesNotStopTheOthersAndIsNamedAfterwards()
    {
        var shards = Enumerable.Range(0, 4).Select(i => new ShardSpec(i, 4)).ToList();
        var e = Assert.Throws<InvalidOperationException>(() =>
            ShardProcessPool.Run(shards, s => Child(s, s.Index == 2 ? 3 : 0), 2, Path.Combine(_dir, "logs"), SilentProgress.Instance, "test"));
        Assert.Equal(8, File.ReadAllLines(Path.Combine(_dir, "trace")).Length);
        Assert.Contains("1 of 4 shard processes failed (shard 2/4 exited with 3: shard 2;", e.Message, StringComparison.Ordinal);
        Assert.Contains("log-2-of-4.txt", e.Message, StringComparison.Ordinal);
    }
}
