namespace SaddleEscape.Experiments.Sweeps;

/// <summary>What a sweep's analysis found.</summary>
/// <param name="Spec">The sweep.</param>
/// <param name="Records">Every run with its job, in job order.</param>
/// <param name="Cells">Per grid cell.</param>
public sealed record SweepSummary(SweepSpec Spec, IReadOnlyList<(SweepJob Job, SweepRecord Record)> Records, IReadOnlyList<SweepCell> Cells);
