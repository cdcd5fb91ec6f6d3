namespace SaddleEscape.Experiments.Running;

/// <summary>What <c>saddle reproduce</c> (or a sweep) was asked for.</summary>
/// <param name="Output">Root output folder; the experiment writes into <c>Output/NAME</c>.</param>
/// <param name="Quick">The small setting that finishes in minutes.</param>
/// <param name="Seed">Base seed.</param>
/// <param name="Only">Parts of the experiment to run (empty: all).</param>
/// <param name="Data">Data folder for experiments on real data (null: the experiment's default).</param>
/// <param name="Set">key=value overrides of the experiment's settings.</param>
/// <param name="Shard">Which shard of the job grid to run; <see cref="ShardSpec.Whole"/> runs everything and reports.</param>
/// <param name="Collect">Merge the shards' stores and report, running nothing.</param>
/// <param name="Parallelism">Jobs run at once (null: <c>SLURM_CPUS_PER_TASK</c> or the machine's cores, capped by the experiment).</param>
/// <param name="PartOfAll">True inside <c>reproduce all</c>: an experiment whose data is missing is skipped, not an error.</param>
public sealed record ExperimentRequest(
    string Output, bool Quick = false, int Seed = 0, IReadOnlyList<string>? Only = null, string? Data = null,
    IReadOnlyList<string>? Set = null, ShardSpec? Shard = null, bool Collect = false, int? Parallelism = null, bool PartOfAll = false)
{
    /// <summary>The order of experiments on the index page (the program's registry order); null lists them by name.</summary>
    public IReadOnlyList<string>? IndexOrder { get; init; }

    /// <summary>The parts asked for (empty: all).</summary>
    public IReadOnlyList<string> Parts => Only ?? [];

    /// <summary>The overrides given with <c>--set</c>.</summary>
    public IReadOnlyList<string> Overrides => Set ?? [];

    /// <summary>The shard to run.</summary>
    public ShardSpec ShardToRun => Shard ?? ShardSpec.Whole;

    /// <summary>Whether part <paramref name="part"/> is to run.</summary>
    public bool Runs(string part) => Parts.Count == 0 || Parts.Contains(part);

    /// <summary>"quick" or "full".</summary>
    public string SettingName => Quick ? "quick" : "full";
}
