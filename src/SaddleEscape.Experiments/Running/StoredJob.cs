namespace SaddleEscape.Experiments.Running;

/// <summary>One finished job as the results store keeps it.</summary>
/// <param name="Key">The job's stable key (<see cref="JobKey"/>).</param>
/// <param name="Experiment">Experiment name (or "sweep:NAME").</param>
/// <param name="ExperimentVersion">The experiment's version when the job ran.</param>
/// <param name="Job">The job's settings and seed, as JSON.</param>
/// <param name="Record">Its typed record, as JSON.</param>
/// <param name="WallSeconds">Wall time of the job.</param>
/// <param name="CodeVersion">The code that ran it (version + git commit).</param>
/// <param name="FinishedUtc">When it finished (ISO 8601, UTC).</param>
/// <param name="Shard">The shard that ran it ("0/1" when unsharded).</param>
/// <param name="Host">The machine that ran it.</param>
public sealed record StoredJob(
    string Key, string Experiment, int ExperimentVersion, string Job, string Record, double WallSeconds,
    string CodeVersion, string FinishedUtc, string Shard, string Host);
