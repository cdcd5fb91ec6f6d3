using SaddleEscape.Experiments.LevelSets;
using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The level-sets verdicts: a level's median counts only when at least half its strings connected.</summary>
public sealed class LevelSetsVerdictTests
{
    private static LevelSetsCell Cell(string model, double level, int strings, int connected, double median) =>
        new(model, level, strings, connected, median, median, median, 3);

    private static ClaimVerdict Curvature(IReadOnlyList<ClaimVerdict> v, string model) => v.Single(x => x.Claim.StartsWith($"`{model}`", StringComparison.Ordinal));

    [Fact]
    public void ALevelWhereFewStringsConnectedIsLeftOut()
    {
        // Teacher at full settings: 8/8 connected down to u₀ = 1e-3, then 3/8 at 1e-4 with a shorter median.
        var cells = new[]
        {
            Cell("teacher", 1e-1, 8, 8, 1.01), Cell("teacher", 1e-2, 8, 8, 1.05), Cell("teacher", 1e-3, 8, 8, 1.2), Cell("teacher", 1e-4, 8, 3, 1.1),
        };
        var v = Curvature(LevelSetsVerdicts.Decide(cells), "teacher");
        Assert.Equal(Verdict.Partly, v.Verdict);
        Assert.Contains("left out", v.Evidence, StringComparison.Ordinal);
        Assert.Contains("3/8", v.Evidence, StringComparison.Ordinal);
        // Counted, the 3 survivors' shorter median would have broken the trend.
        Assert.False(LevelSetsVerdicts.Judged(cells[3]));
        Assert.True(LevelSetsVerdicts.Judged(Cell("teacher", 1e-4, 8, 4, 1.1)));
        Assert.Equal(Verdict.DoesNotReproduce, Curvature(LevelSetsVerdicts.Decide([.. cells[..3], Cell("teacher", 1e-4, 8, 4, 1.1)]), "teacher").Verdict);
    }

    [Fact]
    public void TrendDecidesOverJudgedLevelsAndFewerThanTwoIsInconclusive()
    {
        var rising = new[] { Cell("cubic", 1e-2, 2, 2, 1.0), Cell("cubic", 1e-3, 2, 1, 1.3) };
        Assert.Equal(Verdict.Reproduces, Curvature(LevelSetsVerdicts.Decide(rising), "cubic").Verdict);
        var flat = new[] { Cell("cubic", 1e-2, 2, 2, 1.0), Cell("cubic", 1e-3, 2, 2, 1.0) };
        Assert.Equal(Verdict.DoesNotReproduce, Curvature(LevelSetsVerdicts.Decide(flat), "cubic").Verdict);
        var one = new[] { Cell("cubic", 1e-2, 2, 2, 1.0), Cell("cubic", 1e-3, 4, 1, 1.3) };
        Assert.Equal(Verdict.Inconclusive, Curvature(LevelSetsVerdicts.Decide(one), "cubic").Verdict);
        Assert.Equal(Verdict.Inconclusive, Curvature(LevelSetsVerdicts.Decide([]), "teacher").Verdict);
    }

    [Fact]
    public void ConnectivityCountsStrings()
    {
        ClaimVerdict Connectivity(int strings, int connected) => LevelSetsVerdicts.Decide([Cell("cubic", 1e-2, strings, connected, 1)])[0];
        Assert.Equal(Verdict.Reproduces, Connectivity(8, 8).Verdict);
        Assert.Equal(Verdict.Partly, Connectivity(8, 4).Verdict);
        Assert.Equal(Verdict.DoesNotReproduce, Connectivity(8, 3).Verdict);
        Assert.Equal(Verdict.Inconclusive, Connectivity(0, 0).Verdict);
    }
}
