using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.SpinGlass;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The spin-glass verdicts are decided by the analysis from the per-N numbers, with "inconclusive" where finite N cannot decide an N → ∞ claim.</summary>
public sealed class SpinGlassVerdictTests
{
    private static SpinGlassCell Cell(int n, double lowest, int below, int minima, double meanMinimum, bool ordered) => new(
        n, [], [], new Dictionary<int, (double, int)> { [0] = (meanMinimum, Math.Max(minima, 3)), [1] = (meanMinimum + (ordered ? 0.05 : -0.05), 3) },
        lowest, (below, minima), meanMinimum, ordered);

    private static Verdict Of(IReadOnlyList<ClaimVerdict> verdicts, string claimStart) =>
        verdicts.Single(v => v.Claim.StartsWith(claimStart, StringComparison.Ordinal)).Verdict;

    [Fact]
    public void NoMinimumBelowTheThresholdAtFiniteNIsInconclusiveNotARefutation()
    {
        // The N = 64, 100, 200 numbers of this machine's runs: 0/51, 0/95, 0/129 minima below E∞, lowest −1.6162, −1.6261, −1.6296.
        var v = SpinGlassVerdicts.Decide([Cell(64, -1.6162, 0, 51, -1.5121, true), Cell(100, -1.6261, 0, 95, -1.5289, true), Cell(200, -1.6296, 0, 129, -1.54, true)]);
        Assert.Equal(Verdict.Reproduces, Of(v, "Critical points of index k"));
        Assert.Equal(Verdict.Inconclusive, Of(v, "Local minima concentrate"));
        Assert.Equal(Verdict.Inconclusive, Of(v, "The lowest energy approaches"));
        Assert.Contains("falls with N", v[1].Evidence, StringComparison.Ordinal);
        Assert.All(v, x => Assert.NotNull(x.Rule));
    }

    [Fact]
    public void AMajorityOfMinimaBelowTheThresholdAtTheLargestNReproduces()
    {
        double below = SphericalSpinGlass.ThresholdEnergy - 0.01;
        var v = SpinGlassVerdicts.Decide([Cell(64, -1.62, 0, 40, -1.55, true), Cell(200, below, 30, 50, -1.64, false)]);
        Assert.Equal(Verdict.Reproduces, Of(v, "Local minima concentrate"));
        Assert.Equal(Verdict.Reproduces, Of(v, "The lowest energy approaches"));
        Assert.Equal(Verdict.Partly, Of(v, "Critical points of index k"));
        var some = SpinGlassVerdicts.Decide([Cell(200, below, 5, 50, -1.60, true)]);
        Assert.Equal(Verdict.Partly, Of(some, "Local minima concentrate"));
    }
}
