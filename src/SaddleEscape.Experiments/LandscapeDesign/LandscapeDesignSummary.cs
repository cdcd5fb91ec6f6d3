using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Landscape;
using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>What the landscape-design analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Simulations">Per simulated setting.</param>
/// <param name="RandomStarts">GD from random starts on the population G (empty when the landscape part did not run).</param>
/// <param name="GlobalStarts">Random starts that ended at a certified local minimum with e(Q) ≤ 1e-3.</param>
/// <param name="StartCertificates">Their certificates: name → count.</param>
/// <param name="Spurious">App. F's point for each a.</param>
/// <param name="Search">The step-size search's runs (empty when it did not run).</param>
public sealed record LandscapeDesignSummary(
    LandscapeDesignSettings Settings, IReadOnlyList<SimulationCell> Simulations, IReadOnlyList<RandomStartOutcome> RandomStarts, int GlobalStarts,
    IReadOnlyDictionary<string, int> StartCertificates, IReadOnlyList<SpuriousPointRow> Spurious, IReadOnlyList<SimulationRecord>? Search = null)
{
    /// <summary>Each claim's outcome with the numbers and the rule that decided it (<see cref="LandscapeDesignVerdicts"/>; the report only renders them).</summary>
    public IReadOnlyList<ClaimVerdict> Verdicts { get; init; } = [];

    /// <summary>Per f′ setting searched: the η₀ with the lowest final validation risk (the selection rule).</summary>
    public IReadOnlyDictionary<string, double> SelectedSteps =>
        (Search ?? []).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Where(r => double.IsFinite(r.FinalRisk)).OrderBy(r => r.FinalRisk).Select(r => r.StepSize).DefaultIfEmpty(double.NaN).First(), StringComparer.Ordinal);

    /// <summary>The cell of setting <paramref name="key"/>, or null when it did not run.</summary>
    public SimulationCell? Cell(string key) => Simulations.FirstOrDefault(c => c.Setting.Key == key);

    /// <summary>App. F's values a above the threshold 2·min a* = 2, and how many of them are spurious local minima.</summary>
    public (int Minima, int AboveThreshold) SpuriousAboveThreshold =>
        (Spurious.Count(r => r.Outcome.A > 2 && r.IsMinimum), Spurious.Count(r => r.Outcome.A > 2));

    /// <summary>Whether the random starts all ended local minima.</summary>
    public bool AllStartsLocalMinima => RandomStarts.All(o => o.Classification == Classification.LocalMinimum);
}
