using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>What the level-sets analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every string.</param>
/// <param name="Cells">Per (model, level).</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (<see cref="LevelSetsVerdicts"/>; the report only renders them).</param>
public sealed record LevelSetsSummary(LevelSetsSettings Settings, IReadOnlyList<LevelSetsRecord> Runs, IReadOnlyList<LevelSetsCell> Cells, IReadOnlyList<ClaimVerdict> Verdicts);
