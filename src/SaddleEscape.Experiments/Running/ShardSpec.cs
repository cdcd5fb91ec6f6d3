using System.Globalization;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based): the jobs, sorted by key, whose position is ≡ Index
/// mod Count. Every job is in exactly one shard, and every shard gets the same number of jobs ±1.
/// </summary>
/// <param name="Index">i, in [0, n).</param>
/// <param name="Count">n ≥ 1.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole grid (shard 0 of 1).</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <summary>True for a proper shard (n &gt; 1), whose store lives beside the others until collected.</summary>
    public bool IsPartial => Count > 1;

    /// <summary>"i/n".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>
    /// Parses "i/n", or "auto": i and n from Slurm job arrays (<c>SLURM_ARRAY_TASK_ID</c>, <c>SLURM_ARRAY_TASK_COUNT</c>,
    /// shifted by <c>SLURM_ARRAY_TASK_MIN</c>) or from Kubernetes indexed Jobs (<c>JOB_COMPLETION_INDEX</c> with n from
    /// <paramref name="shards"/>). One clear <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static ShardSpec Parse(string text, int? shards = null, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        environment ??= Environment.GetEnvironmentVariable;
        if (text == "auto")
        {
            return FromEnvironment(shards, environment);
        }

        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            throw new ArgumentException($"--shard must be i/n (e.g. 0/4) or auto (got '{text}')");
        }

        return Checked(i, n, "--shard");
    }

    /// <summary>Whether the job at <paramref name="position"/> of the key-sorted list belongs to this shard.</summary>
    public bool Contains(int position) => position % Count == Index;

    private static ShardSpec FromEnvironment(int? shards, Func<string, string?> environment)
    {
        int? Read(string name) =>
            environment(name) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int x) ? x : null;

        if (Read("SLURM_ARRAY_TASK_ID") is { } id)
        {
            int min = Read("SLURM_ARRAY_TASK_MIN") ?? 0;
            int n = shards ?? Read("SLURM_ARRAY_TASK_COUNT")
                ?? throw new ArgumentException("--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; give --shards n");
            return Checked(id - min, n, "--shard auto (Slurm)");
        }

        if (Read("JOB_COMPLETION_INDEX") is { } index)
        {
            int n = shards ?? throw new ArgumentException("--shard auto: JOB_COMPLETION_INDEX (Kubernetes indexed Job) is set; give the Job's completions as --shards n");
            return Checked(index, n, "--shard auto (Kubernetes)");
        }

        throw new ArgumentException("--shard auto: neither SLURM_ARRAY_TASK_ID (Slurm job array) nor JOB_COMPLETION_INDEX (Kubernetes indexed Job) is set");
    }

    private static ShardSpec Checked(int i, int n, string what) =>
        n >= 1 && i >= 0 && i < n
            ? new ShardSpec(i, n)
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what}: shard {i} of {n} is not in 0…n−1 with n ≥ 1"));
}
