using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>App. F's point for one a (<see cref="SpuriousPointJob"/>; Ge, Lee &amp; Ma 2018, App. F).</summary>
/// <param name="Outcome">Its certificate and descent probes.</param>
public sealed record SpuriousPointRecord(SpuriousPointOutcome Outcome) : LandscapeDesignRecord;
