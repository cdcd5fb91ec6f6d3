using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Landscape;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>The landscape-design claims (Ge, Lee &amp; Ma 2017) decided from the summary's cells; the report only renders them.</summary>
internal static class LandscapeDesignVerdicts
{
    /// <summary>The error e(Q) at or below which a run counts as having recovered B*.</summary>
    public const double RecoveredError = 0.05;

    /// <summary>The verdicts, in report order.</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(LandscapeDesignSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var verdicts = new List<ClaimVerdict>();
        string size = s.Settings.Quick ? $" (quick setting, d = {s.Settings.Dimension})" : $" (d = {s.Settings.Dimension})";
        foreach (var (key, claim, wantRecovery) in new[]
        {
            ("f-relu", "SGD on the plain ℓ₂ risk f with ReLU does not reach B* (Fig. 1)", false),
            ("f-sigmoid", "SGD on f with sigmoid does not reach B* (Fig. 2)", false),
            ("fprime", "SGD on f′ (Hermite activation, unit rows) recovers B* up to permutation (Fig. 3)", true),
            ("fprime-centred", "… and so does SGD on f′ with centred labels (ours: the same minimisers, less gradient noise)", true),
            ("G", "SGD on the designed objective G recovers B* (Fig. 4)", true),
            ("G-centred", "… and so does SGD on G with centred labels (ours: the same population G, less gradient noise)", true),
        })
        {
            var c = s.Cell(key);
            if (c is null || c.Runs.Count == 0)
            {
                verdicts.Add(new ClaimVerdict(claim, Verdict.NotTestedHere, $"part `{key}` did not run") { Rule = "not run" });
                continue;
            }

            bool agrees = wantRecovery ? c.Recovered == c.Runs.Count : c.Recovered == 0;
            bool partly = wantRecovery ? c.Recovered > 0 : c.Recovered < c.Runs.Count;
            verdicts.Add(new ClaimVerdict(claim + size, agrees ? Verdict.Reproduces : partly ? Verdict.Partly : Verdict.DoesNotReproduce,
                $"e(Q) ≤ {Numbers.Format(RecoveredError)} in {Numbers.Ratio(c.Recovered, c.Runs.Count)} runs; median final e(Q) {Numbers.Format(c.MedianError)}")
            {
                Rule = wantRecovery
                    ? $"a run recovers B* when its final e(Q) ≤ {Numbers.Format(RecoveredError)}: every run reproduces, some in part, none does not"
                    : $"a run recovers B* when its final e(Q) ≤ {Numbers.Format(RecoveredError)}: no run reproduces, some in part, every run does not",
            });
        }

        if (s.Cell("f-relu") is { PolishedGlobal: { } global } relu && relu.Runs.Count > 0)
        {
            int n = relu.Runs.Count;
            verdicts.Add(new ClaimVerdict("f has spurious local minima where SGD stops (the paper's reading of Fig. 1)",
                global == 0 ? Verdict.Reproduces : global == n ? Verdict.DoesNotReproduce : Verdict.Partly,
                $"GD on the exact population risk from the SGD end points: {Numbers.Ratio(n - global, n)} stop at a non-global second-order point, {Numbers.Ratio(global, n)} slide on to a global minimum")
            {
                Rule = "every polished SGD end point non-global reproduces, some in part, none (all slide on to a global minimum) does not",
            });
        }

        const string theorem = "Every local minimum of G is global (Thm. 2.3)";
        if (!s.Settings.Landscape || s.RandomStarts.Count == 0)
        {
            verdicts.Add(new ClaimVerdict(theorem, Verdict.NotTestedHere, "part `landscape` did not run") { Rule = "not run" });
            return verdicts;
        }

        int certifiedMinima = s.RandomStarts.Count(o => o.Classification == Classification.LocalMinimum);
        verdicts.Add(new ClaimVerdict(theorem,
            s.GlobalStarts == s.RandomStarts.Count ? Verdict.Reproduces : certifiedMinima > s.GlobalStarts ? Verdict.DoesNotReproduce : Verdict.Inconclusive,
            $"GD on the population G from {s.RandomStarts.Count} random starts (d = {s.Settings.LandscapeDimension}): {Numbers.Ratio(s.GlobalStarts, s.RandomStarts.Count)} certified local minima with e(Q) ≤ 1e-3, {Numbers.Ratio(certifiedMinima, s.RandomStarts.Count)} certified local minima in all")
        {
            Rule = "every start ends at a certified local minimum with e(Q) ≤ 1e-3 reproduces; a certified local minimum with larger e(Q) (a spurious one) does not; starts that end elsewhere (not stationary, degenerate) with no spurious minimum are inconclusive",
        });
        var (minima, above) = s.SpuriousAboveThreshold;
        var below = s.Spurious.Where(r => r.Outcome.A < 2).ToList();
        verdicts.Add(new ClaimVerdict("Without the regulariser, P′ has a spurious local minimum once max a* > 2·min a* (App. F)",
            above == 0 ? Verdict.NotTestedHere : minima == above && below.All(r => !r.IsMinimum) ? Verdict.Reproduces : minima > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
            $"spurious local minimum for {Numbers.Ratio(minima, above)} values of a > 2; strict saddle for {Numbers.Ratio(below.Count(r => r.Verdict == "strict saddle"), below.Count)} values of a < 2")
        {
            Rule = "a local minimum at every a > 2 and none at a < 2 reproduces; at some a > 2 in part; at none does not; no a > 2 tried is not tested",
        });
        return verdicts;
    }
}
