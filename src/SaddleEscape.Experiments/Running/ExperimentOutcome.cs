namespace SaddleEscape.Experiments.Running;

/// <summary>What one <c>reproduce</c> of one experiment did.</summary>
/// <param name="Name">Experiment name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Headline">One line for the index page; null when only a shard ran (no report yet) or the experiment was skipped.</param>
/// <param name="JobsTotal">Jobs in the grid (all shards).</param>
/// <param name="JobsRun">Jobs this invocation ran.</param>
/// <param name="JobsStored">Jobs found already stored and skipped.</param>
/// <param name="ReportPath">report.md, when written.</param>
/// <param name="SkippedBecause">Why the experiment did not run (e.g. its data set is missing); null when it ran.</param>
public sealed record ExperimentOutcome(
    string Name, string Title, string? Headline, int JobsTotal, int JobsRun, int JobsStored, string? ReportPath, string? SkippedBecause = null);
