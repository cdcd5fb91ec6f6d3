using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>What the escape-time analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every run, in job order.</param>
/// <param name="Cells">Per (method, d).</param>
/// <param name="Growth">Per method with at least three finite medians.</param>
/// <param name="From">The smaller dimension of the headline comparison (4 when run).</param>
/// <param name="To">The larger (10 when run).</param>
/// <param name="AgreeingRuns">Seeds at which GD in double and GD with the extended exponent both arrived, and how many of those took the same number of iterations.</param>
/// <param name="SmallestLog2Magnitude">The smallest log₂|coordinate| extended-exponent GD held (double's smallest subnormal is 2⁻¹⁰⁷⁴).</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (<see cref="EscapeTimeVerdicts"/>; the report only renders them).</param>
public sealed record EscapeTimeSummary(
    EscapeTimeSettings Settings, IReadOnlyList<EscapeTimeRecord> Runs, IReadOnlyList<EscapeTimeCell> Cells, IReadOnlyList<EscapeTimeGrowth> Growth,
    int From, int To, (int Same, int Both) AgreeingRuns, double SmallestLog2Magnitude,
    IReadOnlyList<ClaimVerdict> Verdicts)
{
    /// <summary>The cell of <paramref name="label"/> at <paramref name="dimension"/>, or null when it did not run.</summary>
    public EscapeTimeCell? Cell(string label, int dimension) => Cells.FirstOrDefault(c => c.Label == label && c.Dimension == dimension);

    /// <summary>Median iterations at <see cref="To"/> over those at <see cref="From"/>.</summary>
    public double GrowthOf(string label) => EscapeTimeAnalysis.GrowthBetween(Cells, label, From, To);
}
