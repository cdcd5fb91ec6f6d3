namespace SaddleEscape.Experiments.Running;

/// <summary>A finished job: its key, settings, typed record and wall time (from the store).</summary>
/// <typeparam name="TJob">The experiment's job type.</typeparam>
/// <typeparam name="TRecord">The experiment's record type.</typeparam>
/// <param name="Key">Stable key.</param>
/// <param name="Job">The job.</param>
/// <param name="Record">What it produced.</param>
/// <param name="WallSeconds">Its wall time.</param>
public sealed record JobResult<TJob, TRecord>(string Key, TJob Job, TRecord Record, double WallSeconds);
