using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>
/// The level-sets claims (Freeman &amp; Bruna 2017) decided from the per-(model, level) cells; the report only renders them.
/// A level's median length counts only when most of its strings connected: the strings that fail are the long, hard ones,
/// so the median of a few survivors is biased short and cannot carry a trend.
/// </summary>
internal static class LevelSetsVerdicts
{
    /// <summary>The least share of a level's strings that must connect for its median length to count toward the curvature trend.</summary>
    public const double JudgedShare = 0.5;

    /// <summary>The verdicts, in report order: connectivity, then the curvature trend per model.</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(IReadOnlyList<LevelSetsCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var verdicts = new List<ClaimVerdict> { Connectivity(cells) };
        verdicts.AddRange(LevelSetModel.Names.Select(m => Curvature(cells, m)));
        return verdicts;
    }

    /// <summary>True when the cell's median length may count: at least one string, and at least <see cref="JudgedShare"/> of them connected.</summary>
    public static bool Judged(LevelSetsCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Strings > 0 && cell.Connected > 0 && cell.Connected >= JudgedShare * cell.Strings;
    }

    private static ClaimVerdict Connectivity(IReadOnlyList<LevelSetsCell> cells)
    {
        int strings = cells.Sum(c => c.Strings), connected = cells.Sum(c => c.Connected);
        var verdict = strings == 0 ? Verdict.Inconclusive : connected == strings ? Verdict.Reproduces : 2 * connected >= strings ? Verdict.Partly : Verdict.DoesNotReproduce;
        return new ClaimVerdict("Independently trained networks lie in one connected component of the sub-level set at the levels SGD reaches (Freeman & Bruna 2017: no spurious valleys detected)",
            verdict, $"{connected}/{strings} strings connected within the bead budget")
        {
            Rule = "every string connected reproduces, at least half in part, fewer does not (an unconnected string is a spent budget, not a proven barrier); no string run is inconclusive",
        };
    }

    private static ClaimVerdict Curvature(IReadOnlyList<LevelSetsCell> cells, string model)
    {
        var all = cells.Where(c => c.Model == model && c.Strings > 0).OrderByDescending(c => c.Level).ToList();
        var judged = all.Where(Judged).ToList();
        var left = all.Where(c => !Judged(c)).ToList();
        var medians = judged.Select(c => c.MedianLength).ToList();
        bool grows = medians.Count >= 2 && medians.Zip(medians.Skip(1)).All(p => p.Second >= p.First - 1e-9) && medians[^1] > medians[0];
        var verdict = judged.Count < 2 ? Verdict.Inconclusive : !grows ? Verdict.DoesNotReproduce : left.Count > 0 ? Verdict.Partly : Verdict.Reproduces;
        string evidence = (judged.Count == 0 ? "no level with enough connected strings"
                : string.Join(", ", judged.Select(c => $"{Numbers.Format(c.MedianLength, 4)} at u₀ = {Numbers.Format(c.Level)} ({Numbers.Ratio(c.Connected, c.Strings)})")))
            + (left.Count == 0 ? "" : "; left out (too few connected): " + string.Join(", ", left.Select(c => $"u₀ = {Numbers.Format(c.Level)} ({Numbers.Ratio(c.Connected, c.Strings)} connected)")));
        return new ClaimVerdict($"`{model}`: level sets become more curved as the energy falls (normalised geodesic length grows as u₀ decreases; Freeman & Bruna 2017)", verdict, evidence)
        {
            Rule = $"over the levels where at least {Numbers.Percent(JudgedShare, 0)} of the strings connected: median length never falling and rising overall as u₀ decreases reproduces (in part when a level was left out), otherwise does not; fewer than two such levels is inconclusive",
        };
    }
}
