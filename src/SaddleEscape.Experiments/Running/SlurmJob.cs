namespace SaddleEscape.Experiments.Running;

/// <summary>What <c>saddle slurm</c> writes scripts for: an experiment's grid as a job array of shards plus a dependent collect job.</summary>
/// <param name="Experiment">Experiment name.</param>
/// <param name="Shards">Array tasks n (each runs shard i/n).</param>
/// <param name="Output">Output folder, on a file system every node sees.</param>
/// <param name="Saddle">The command that runs <c>saddle</c> on the nodes (e.g. "dotnet /opt/saddle/saddle.dll" or "saddle").</param>
/// <param name="Quick">The quick setting.</param>
/// <param name="Seed">Base seed.</param>
/// <param name="Only">Parts.</param>
/// <param name="Set">Overrides.</param>
/// <param name="Data">Data folder.</param>
/// <param name="CpusPerTask">CPUs per array task (the shard runs this many jobs at once).</param>
/// <param name="Time">Slurm time limit per task (e.g. "02:00:00"), or null for the partition's default.</param>
/// <param name="Partition">Slurm partition, or null for the default.</param>
public sealed record SlurmJob(
    string Experiment, int Shards, string Output, string Saddle, bool Quick = false, int Seed = 0, IReadOnlyList<string>? Only = null,
    IReadOnlyList<string>? Set = null, string? Data = null, int CpusPerTask = 1, string? Time = null, string? Partition = null);
