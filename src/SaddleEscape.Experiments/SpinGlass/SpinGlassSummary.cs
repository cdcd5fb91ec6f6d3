using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>What the spin-glass analysis found, per N, and the verdicts it decided.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Cells">One per N, by N.</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (the report only renders them).</param>
public sealed record SpinGlassSummary(SpinGlassSettings Settings, IReadOnlyList<SpinGlassCell> Cells, IReadOnlyList<ClaimVerdict> Verdicts);
