using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Torch.Spectra;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The spectra verdicts: no vacuous "every minimum is global" without a minimum, and no "end of training" verdict on plateau spectra.</summary>
public sealed class SpectraVerdictTests
{
    // Quick settings: d = 3, K = 3, so the layers' GL(d) symmetry leaves (K − 1)d² = 18 flat directions.
    private static readonly SpectraSettings Settings = SpectraSettings.Quick;

    private static SpectraDeepLinearRecord Point(double energy, int index, int nullity) => new(0, new DeepLinearCriticalPoint(energy, index, nullity, []));

    private static SpectraMlpRecord Mlp(double accuracy, double negative, double zero) => new(0, 0, 0.09, accuracy, [0.0], [1.0], negative, zero);

    private static IReadOnlyList<ClaimVerdict> Decide(params SpectraRecord[] runs)
    {
        int polished = runs.OfType<SpectraDeepLinearRecord>().Count(r => r.Converged);
        return SpectraVerdicts.Decide(new SpectraSummary(Settings, runs, [0.0, 0.5, 1.0], (polished, polished), (0, 0, 27, 27), []));
    }

    private static ClaimVerdict Of(IReadOnlyList<ClaimVerdict> v, string start) => v.Single(x => x.Claim.Contains(start, StringComparison.Ordinal));

    [Fact]
    public void NoIndexZeroPointMeansNoMinimumFoundNotReproduces()
    {
        // The full run's numbers: 0 of 200 polished points had index 0.
        var v = Of(Decide([.. Enumerable.Range(0, 200).Select(i => Point(0.5, 1 + (i % 3), 18))]), "every local minimum is global");
        Assert.Equal(Verdict.Inconclusive, v.Verdict);
        Assert.Contains("no minimum found", v.Evidence, StringComparison.Ordinal);
        Assert.NotNull(v.Rule);
    }

    [Fact]
    public void IndexZeroPointsDecideByEnergyAndNullity()
    {
        Assert.Equal(Verdict.Reproduces, Of(Decide(Point(0, 0, 18), Point(0.5, 1, 18)), "every local minimum is global").Verdict);
        // Above f* with only the symmetry's flat directions: a spurious minimum.
        Assert.Equal(Verdict.DoesNotReproduce, Of(Decide(Point(0, 0, 18), Point(0.5, 0, 18)), "every local minimum is global").Verdict);
        // Above f* with more flat directions (like θ = 0): a degenerate point the second-order test cannot call.
        Assert.Equal(Verdict.Inconclusive, Of(Decide(Point(0, 0, 18), Point(0.5, 0, 19)), "every local minimum is global").Verdict);
        // Within the 1e-8 tolerance of f* counts as at f*.
        Assert.Equal(Verdict.Reproduces, Of(Decide(Point(5e-9, 0, 18)), "every local minimum is global").Verdict);
    }

    [Fact]
    public void PlateauSpectraAreInconclusiveAndTrainedOnesAreJudged()
    {
        // Quick run: mean test accuracy 10 % (chance), 0.3 % negative, 97 % near zero — flat, but of a plateau.
        var plateau = Of(Decide(Point(0, 0, 18), Mlp(0.10, 0.003, 0.97)), "At the end of training");
        Assert.Equal(Verdict.Inconclusive, plateau.Verdict);
        Assert.Contains("plateau", plateau.Evidence, StringComparison.Ordinal);
        Assert.Equal(Verdict.Inconclusive, Of(Decide(Point(0, 0, 18), Mlp(0.1999, 0.003, 0.97)), "At the end of training").Verdict);
        Assert.Equal(Verdict.Reproduces, Of(Decide(Point(0, 0, 18), Mlp(0.20, 0.003, 0.97)), "At the end of training").Verdict);
        Assert.Equal(Verdict.DoesNotReproduce, Of(Decide(Point(0, 0, 18), Mlp(0.80, 0.05, 0.97)), "At the end of training").Verdict);
        Assert.Equal(Verdict.DoesNotReproduce, Of(Decide(Point(0, 0, 18), Mlp(0.80, 0.01, 0.50)), "At the end of training").Verdict);
    }

    [Fact]
    public void ClosedFormValuesNeedAPolishedPoint()
    {
        Assert.Equal(Verdict.Inconclusive, Of(Decide(), "closed-form critical values").Verdict);
        var off = SpectraVerdicts.Decide(new SpectraSummary(Settings, [Point(0.3, 1, 18)], [0.0, 0.5], (0, 1), (0, 0, 27, 27), []));
        Assert.Equal(Verdict.DoesNotReproduce, Of(off, "closed-form critical values").Verdict);
    }
}
