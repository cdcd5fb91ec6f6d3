using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>The octopus claims (Du et al. 2017) decided from the summary's growth numbers; the report only renders them.</summary>
internal static class OctopusEscapeVerdicts
{
    /// <summary>GD's median growth per extra dimension at or above which it counts as exponential.</summary>
    public const double ExponentialFactor = 2;

    /// <summary>The verdicts, in report order.</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(OctopusEscapeSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        string growth = s.GdGrowthPerDimension is { } gg
            ? $"GD's median grows ×{Numbers.Format(gg.Min, 2)}–{Numbers.Format(gg.Max, 2)} per extra dimension while it arrives (d ≤ {s.GdLastArrivingDimension})"
            : "GD's median is finite at fewer than two dimensions";
        string censoring = s.GdCensoredRuns > 0 ? $"; {Numbers.Count(s.GdCensoredRuns)} GD runs censored at {Numbers.Count(s.Settings.MaxIterations)} iterations" : "";
        var gdVerdict = s.GdGrowthPerDimension is { } g
            ? (g.Min >= ExponentialFactor || s.GdCensoredRuns > 0 ? Verdict.Reproduces : Verdict.DoesNotReproduce)
            : s.GdCensoredRuns > 0 ? Verdict.Reproduces : Verdict.Inconclusive;
        var perturbed = s.SlopePerDimension;
        int censored = perturbed.Values.Sum(v => v.Censored);
        var perturbedVerdict = perturbed.Count == 0 ? Verdict.Inconclusive : censored == 0 ? Verdict.Reproduces : Verdict.Partly;
        return
        [
            new ClaimVerdict("GD from a random start needs time exponential in d (Du et al. 2017, Thm. 4.1)", gdVerdict, growth + censoring)
            {
                Rule = $"reproduces when GD's median grows at least ×{Numbers.Format(ExponentialFactor)} per extra dimension at every step while it arrives, or runs hit the iteration cap; slower growth with no censored run does not; a median finite at fewer than two dimensions and nothing censored is inconclusive",
            },
            new ClaimVerdict("Perturbed methods escape each saddle in a time independent of d, so their total grows about linearly (Du et al. 2017; Jin et al. 2017)", perturbedVerdict,
                string.Join("; ", perturbed.Select(kv => $"{kv.Key}: +{Numbers.Format(kv.Value.Slope)} iterations per dimension{(kv.Value.Censored > 0 ? $", {kv.Value.Censored} runs censored" : "")}")))
            {
                Rule = "reproduces when no perturbed run hits the cap at any d (the slope is a least-squares line through the medians, shown for scale); censored runs make it partial; no perturbed method run is inconclusive",
            },
        ];
    }
}
