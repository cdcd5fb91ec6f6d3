using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>The escape-time claims decided from the growth fits and the headline medians; the report only renders them.</summary>
internal static class EscapeTimeVerdicts
{
    /// <summary>How much more GD's median must grow than PGD's between the headline dimensions for the second claim.</summary>
    public const double GdOverPgd = 10;

    /// <summary>The verdicts, in report order.</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(EscapeTimeSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var verdicts = new List<ClaimVerdict>();
        var gd = s.Growth.FirstOrDefault(g => g.Label == EscapeTimeSettings.ExtendedGd);
        verdicts.Add(new ClaimVerdict("GD from a random start needs time exponential in d on the octopus (Du et al. 2017, Thm. 4.1)",
            gd is null ? Verdict.Inconclusive : gd.Exponential ? Verdict.Reproduces : Verdict.DoesNotReproduce,
            gd is null ? "fewer than three dimensions with a finite median"
                : $"GD with the extended exponent: ×{Numbers.Format(gd.PerDimensionFactor, 3)} per extra dimension (fit over d = {gd.FirstDimension}…{gd.LastDimension}), upper-half ratio ×{Numbers.Format(gd.UpperRatio, 3)}")
        {
            Rule = $"exponential when the geometric mean ratio of consecutive medians over the upper half of the fitted dimensions is ≥ {Numbers.Format(EscapeTimeAnalysis.ExponentialRatio)} (reproduces), else does not; fewer than three finite medians is inconclusive",
        });

        double gdGrowth = s.GrowthOf(EscapeTimeSettings.ExtendedGd), pgdGrowth = s.GrowthOf("pgd");
        verdicts.Add(new ClaimVerdict($"Between d = {s.From} and d = {s.To} GD's median grows at least {Numbers.Format(GdOverPgd)}× more than PGD's (Jin et al. 2017: PGD's escape time is polylogarithmic in d)",
            double.IsNaN(gdGrowth) || double.IsNaN(pgdGrowth) ? Verdict.Inconclusive : gdGrowth >= GdOverPgd * pgdGrowth ? Verdict.Reproduces : Verdict.DoesNotReproduce,
            $"GD ×{Numbers.Format(gdGrowth, 3)}, PGD ×{Numbers.Format(pgdGrowth, 3)}: {Numbers.Format(gdGrowth / pgdGrowth, 3)}× more")
        {
            Rule = $"GD's growth ≥ {Numbers.Format(GdOverPgd)}× PGD's reproduces, less does not; either method not run at both dimensions is inconclusive",
        });

        double cubicGrowth = s.GrowthOf("cubic");
        double linear = (double)s.To / s.From;
        verdicts.Add(new ClaimVerdict("Cubic regularisation's iterations grow at most linearly in d (one Newton-type escape per saddle; Nesterov & Polyak 2006, Cartis et al. 2011)",
            double.IsNaN(cubicGrowth) ? Verdict.Inconclusive : cubicGrowth <= linear ? Verdict.Reproduces : Verdict.DoesNotReproduce,
            $"cubic ×{Numbers.Format(cubicGrowth, 3)} from d = {s.From} to {s.To}; linear growth would be ×{Numbers.Format(linear, 3)}")
        {
            Rule = $"median growth from d = {s.From} to {s.To} at most {s.To}/{s.From} reproduces, more does not; not run is inconclusive",
        });

        var others = s.Growth.Where(g => g.Label is not ("gd" or EscapeTimeSettings.ExtendedGd)).ToList();
        var fast = others.Where(g => !g.Exponential).ToList();
        verdicts.Add(new ClaimVerdict("Every perturbed or curvature-using method escapes in time polynomial in d (Jin et al. 2017; Allen-Zhu & Li 2018; Dauphin et al. 2014)",
            others.Count == 0 ? Verdict.Inconclusive : fast.Count == others.Count ? Verdict.Reproduces : fast.Count > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
            string.Join("; ", others.Select(g => $"{g.Label}: degree {Numbers.Format(g.Degree, 2)}, upper-half ratio ×{Numbers.Format(g.UpperRatio, 3)}")))
        {
            Rule = $"every such method's upper-half ratio < {Numbers.Format(EscapeTimeAnalysis.ExponentialRatio)} (polynomial) reproduces, some in part, none does not; no method with three finite medians is inconclusive",
        });
        return verdicts;
    }
}
