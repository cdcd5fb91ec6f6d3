using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Tests.Experiments;

public sealed class ResultsStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static StoredJob Job(string key, string record = "{\"x\":1}") =>
        new(key, "exp", 1, "{\"seed\":0}", record, 0.5, "v", "2026-01-01T00:00:00Z", "0/1", "host");

    [Fact]
    public void WhatIsPutSurvivesReopeningAndMergingAddsOnlyNewKeys()
    {
        string a = Path.Combine(_dir, "a.sqlite"), b = Path.Combine(_dir, "b.sqlite");
        using (var store = ResultsStore.Open(a))
        {
            store.Put(Job("k1"));
            store.Put(Job("k2"));
            store.Put(Job("k2", "{\"x\":2}"));
        }

        using (var store = ResultsStore.Open(b))
        {
            store.Put(Job("k2", "{\"x\":99}"));
            store.Put(Job("k3"));
        }

        using var merged = ResultsStore.Open(a);
        Assert.Equal(["k1", "k2"], merged.Load().Select(j => j.Key));
        Assert.Equal("{\"x\":2}", merged.ByKey()["k2"].Record);
        Assert.Equal(1, merged.MergeFrom(b));
        Assert.Equal("{\"x\":2}", merged.ByKey()["k2"].Record); // the same key is the same job: the first stays
        Assert.Equal(3, merged.Load("exp").Count);
        Assert.Empty(merged.Load("other"));
    }

    [Fact]
    public void JobKeysAreStableAndChangeWithEverySettingSeedAndVersion()
    {
        string k = JobKey.Compute("octopus-escape", 1, "{\"seed\":0}");
        Assert.Equal(16, k.Length);
        Assert.Equal(k, JobKey.Compute("octopus-escape", 1, "{\"seed\":0}"));
        Assert.NotEqual(k, JobKey.Compute("octopus-escape", 1, "{\"seed\":1}"));
        Assert.NotEqual(k, JobKey.Compute("octopus-escape", 2, "{\"seed\":0}"));
        Assert.NotEqual(k, JobKey.Compute("tensor-decomposition", 1, "{\"seed\":0}"));
        // Pinned: a change here silently orphans every stored result, so it must be deliberate.
        Assert.Equal("a235a5b76d59aab1", JobKey.Compute("x", 1, "{}"));
    }

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void ShardsParse(string text, int i, int n) => Assert.Equal(new ShardSpec(i, n), ShardSpec.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1-4")]
    [InlineData("auto")]
    public void BadShardsAreRejectedInOneLine(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => ShardSpec.Parse(text, environment: _ => null));
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void AutoReadsSlurmArraysAndKubernetesIndexedJobs()
    {
        var slurm = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "7", ["SLURM_ARRAY_TASK_MIN"] = "5", ["SLURM_ARRAY_TASK_COUNT"] = "4" };
        Assert.Equal(new ShardSpec(2, 4), ShardSpec.Parse("auto", environment: slurm.GetValueOrDefault));
        var k8s = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "3" };
        Assert.Equal(new ShardSpec(3, 8), ShardSpec.Parse("auto", 8, k8s.GetValueOrDefault));
        Assert.Throws<ArgumentException>(() => ShardSpec.Parse("auto", environment: k8s.GetValueOrDefault));
    }

    [Fact]
    public void ShardsPartitionEveryJobExactlyOnceInBalancedCounts()
    {
        for (int n = 1; n <= 7; n++)
        {
            var counts = new int[n];
            for (int position = 0; position < 180; position++)
            {
                var owners = Enumerable.Range(0, n).Where(i => new ShardSpec(i, n).Contains(position)).ToList();
                Assert.Single(owners);
                counts[owners[0]]++;
            }

            Assert.True(counts.Max() - counts.Min() <= 1);
        }
    }
}
