using SaddleEscape.Experiments.EscapeTime;
using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The escape-time cost counts function values, a method that uses none of a kind shows 0 (not ∞), and the growth verdicts keep their boundaries.</summary>
public sealed class EscapeTimeVerdictTests
{
    private static EscapeTimeRecord Run(string label, long? iterations, long gradients, long hvps, long values) =>
        new(label, 4, 0, iterations, gradients, hvps, iterations is null ? "max-iterations" : "target-value", 0, false, double.NaN, values);

    [Fact]
    public void CostCountsFunctionValuesAndUnusedKindsAreZeroEvenWhenCensored()
    {
        Assert.Equal(100 + 40 + 123, Run("saddle-free-newton", 10, 100, 40, 123).Cost);
        EscapeTimeRecord[] gd = [Run("gd", null, 100_001, 0, 0), Run("gd", null, 100_001, 0, 0), Run("gd", 50, 51, 0, 0)];
        Assert.Equal(0, EscapeTimeAnalysis.MedianCount(gd, r => r.HessianVectorProducts));
        Assert.Equal(0, EscapeTimeAnalysis.MedianCount(gd, r => r.FunctionValues));
        Assert.True(double.IsPositiveInfinity(EscapeTimeAnalysis.MedianCount(gd, r => r.GradientEvaluations)));
        EscapeTimeRecord[] sfn = [Run("sfn", 10, 11, 30, 100), Run("sfn", 12, 13, 36, 122), Run("sfn", 11, 12, 33, 110)];
        Assert.Equal(110, EscapeTimeAnalysis.MedianCount(sfn, r => r.FunctionValues));
    }

    private static EscapeTimeSummary Summary(double gdExt4, double gdExt10, double pgd4, double pgd10, double cubic4, double cubic10)
    {
        EscapeTimeCell Cell(string label, int d, double iterations) => new(label, d, iterations, iterations, iterations, iterations, 0, iterations, 0, 0, 3, 0);
        var cells = new[]
        {
            Cell(EscapeTimeSettings.ExtendedGd, 4, gdExt4), Cell(EscapeTimeSettings.ExtendedGd, 10, gdExt10),
            Cell("pgd", 4, pgd4), Cell("pgd", 10, pgd10), Cell("cubic", 4, cubic4), Cell("cubic", 10, cubic10),
        };
        var growth = new[] { new EscapeTimeGrowth(EscapeTimeSettings.ExtendedGd, 2, 10, 5, 5, 10, true, null), new EscapeTimeGrowth("pgd", 2, 10, 1.1, 1.17, 1.7, false, null) };
        return new EscapeTimeSummary(EscapeTimeSettings.Quick, [], cells, growth, 4, 10, (0, 0), double.NaN, []);
    }

    private static Verdict Of(EscapeTimeSummary s, string start) => EscapeTimeVerdicts.Decide(s).Single(v => v.Claim.StartsWith(start, StringComparison.Ordinal)).Verdict;

    [Fact]
    public void GrowthVerdictsKeepTheirBoundaries()
    {
        // GD ×100 vs PGD ×10: exactly the 10× boundary reproduces; ×99.9 does not.
        Assert.Equal(Verdict.Reproduces, Of(Summary(1, 100, 1, 10, 10, 25), "Between d = 4"));
        Assert.Equal(Verdict.DoesNotReproduce, Of(Summary(1, 99.9, 1, 10, 10, 25), "Between d = 4"));
        // Cubic: growth 25/10 = 10/4 is linear (reproduces); more does not.
        Assert.Equal(Verdict.Reproduces, Of(Summary(1, 100, 1, 10, 10, 25), "Cubic regularisation"));
        Assert.Equal(Verdict.DoesNotReproduce, Of(Summary(1, 100, 1, 10, 10, 25.1), "Cubic regularisation"));
        Assert.Equal(Verdict.Reproduces, Of(Summary(1, 100, 1, 10, 10, 25), "GD from a random start"));
        Assert.Equal(Verdict.Partly, Of(Summary(1, 100, 1, 10, 10, 25) with { Growth = [new EscapeTimeGrowth("pgd", 2, 10, 1.1, 1.17, 1.7, false, null), new EscapeTimeGrowth("pagd", 2, 10, 2, 1.5, 3, true, null)] }, "Every perturbed"));
        Assert.Equal(Verdict.Inconclusive, Of(Summary(1, 100, 1, 10, 10, 25) with { Growth = [] }, "GD from a random start"));
    }
}
