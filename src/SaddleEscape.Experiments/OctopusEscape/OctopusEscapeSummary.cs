using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>What the octopus-escape analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every run, in job order.</param>
/// <param name="Cells">Per (method, d): medians, quartiles, censoring.</param>
/// <param name="HeadlineDimension">The d the headline compares at (10 when run, else the largest).</param>
/// <param name="GdOverPgd">GD's median over PGD's at that d (a lower bound when GD is censored: cap / PGD's median).</param>
/// <param name="GdCensoredAtHeadline">Whether GD's median at that d is censored.</param>
/// <param name="GdGrowthPerDimension">Smallest and largest ratio of GD's medians between consecutive d while GD still arrives; null with fewer than two such d.</param>
/// <param name="GdLastArrivingDimension">The largest d at which GD's median is finite (null if none).</param>
/// <param name="GdCensoredRuns">GD runs censored in all.</param>
/// <param name="GdStuckRuns">Of those, runs stuck at an underflowed coordinate.</param>
/// <param name="SlopePerDimension">Per perturbed method: extra median iterations per extra dimension (first to last finite d), and its censored runs.</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (<see cref="OctopusEscapeVerdicts"/>; the report only renders them).</param>
public sealed record OctopusEscapeSummary(
    OctopusEscapeSettings Settings, IReadOnlyList<OctopusEscapeRecord> Runs, IReadOnlyList<OctopusEscapeCell> Cells, int HeadlineDimension,
    double GdOverPgd, bool GdCensoredAtHeadline, (double Min, double Max)? GdGrowthPerDimension, int? GdLastArrivingDimension,
    int GdCensoredRuns, int GdStuckRuns, IReadOnlyDictionary<string, (double Slope, int Censored)> SlopePerDimension,
    IReadOnlyList<ClaimVerdict> Verdicts)
{
    /// <summary>The cell of <paramref name="optimizer"/> at <paramref name="dimension"/>.</summary>
    public OctopusEscapeCell Cell(string optimizer, int dimension) => Cells.First(c => c.Optimizer == optimizer && c.Dimension == dimension);
}
