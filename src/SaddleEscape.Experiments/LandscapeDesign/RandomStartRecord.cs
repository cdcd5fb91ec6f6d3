using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>GD from one random start on the population G (<see cref="RandomStartJob"/>; Ge, Lee &amp; Ma 2018, Thm. 2.3).</summary>
/// <param name="Outcome">Where it ended.</param>
public sealed record RandomStartRecord(RandomStartOutcome Outcome) : LandscapeDesignRecord;
