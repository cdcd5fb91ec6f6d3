using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>App. F's point for one a, judged.</summary>
/// <param name="Outcome">Certificate and descent probes.</param>
/// <param name="IsMinimum">λ_min ≥ −1e-9 and no probe descended below the point's value.</param>
/// <param name="Verdict">"spurious local minimum", "strict saddle" or "degenerate saddle (escapes)".</param>
public sealed record SpuriousPointRow(SpuriousPointOutcome Outcome, bool IsMinimum, string Verdict);
