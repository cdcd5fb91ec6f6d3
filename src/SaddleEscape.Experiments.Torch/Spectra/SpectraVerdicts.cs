using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>
/// The spectra claims decided from the summary's numbers (the report only renders them). A claim about local minima needs
/// a minimum among the polished points, and a claim about the end of training needs a trained network: where the run has
/// neither, the verdict says so ("inconclusive") instead of passing vacuously.
/// </summary>
internal static class SpectraVerdicts
{
    /// <summary>Mean end-of-training test accuracy below which the MLP counts as not trained (still on its plateau): twice chance (10 % on Fashion-MNIST's ten balanced classes).</summary>
    public const double TrainedAccuracy = 0.2;

    /// <summary>Share of the spectrum below −1e-4 under which a spectrum has "few negative eigenvalues".</summary>
    public const double FewNegative = 0.05;

    /// <summary>Share of the spectrum within ±1e-4 above which "most of its mass is near zero".</summary>
    public const double MostNearZero = 0.5;

    /// <summary>The verdicts, in report order (the MLP's only when the MLP part ran).</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(SpectraSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var polished = s.Polished;
        var mlp = s.Mlp;
        var verdicts = new List<ClaimVerdict>
        {
            ClosedFormValues(s, s.DeepLinear.Count, polished.Count),
            MinimaAreGlobal(s, polished),
            FlatSaddle(s),
        };
        if (mlp.Count > 0)
        {
            verdicts.Add(FlatEndOfTraining(mlp));
        }

        return verdicts;
    }

    private static ClaimVerdict ClosedFormValues(SpectraSummary s, int starts, int polished)
    {
        var (matched, all) = s.MatchedValues;
        var verdict = all == 0 ? Verdict.Inconclusive : matched == all ? Verdict.Reproduces : Verdict.DoesNotReproduce;
        return new ClaimVerdict("Deep linear networks: every critical point sits at one of the closed-form critical values f* + (1/2N)Σ_(i∈T)σ_i² (Baldi & Hornik 1989; Kawaguchi 2016, Thm. 2.3)",
            verdict, $"{Numbers.Ratio(matched, all)} polished points within 1e-8 (relative) of a closed-form value; {polished} of {starts} starts polished")
        {
            Rule = "every polished point at a closed-form value reproduces, any other value does not; no polished point is inconclusive",
        };
    }

    private static ClaimVerdict MinimaAreGlobal(SpectraSummary s, IReadOnlyList<DeepLinearCriticalPoint> polished)
    {
        const string claim = "Deep linear networks: every local minimum is global (Kawaguchi 2016, Thm. 2.3 (ii))";
        double fStar = s.CriticalValues.Count > 0 ? s.CriticalValues[0] : double.NaN;
        int symmetry = (s.Settings.Depth - 1) * s.Settings.Width * s.Settings.Width;
        var indexZero = polished.Where(r => r.MorseIndex == 0).ToList();
        var above = indexZero.Where(r => r.Energy > fStar + (1e-8 * Math.Max(1, Math.Abs(fStar)))).ToList();
        int spurious = above.Count(r => r.Nullity <= symmetry);
        string rule = $"decided on the polished points of index 0: all at f* reproduces; one above f* whose nullity is only the layers' GL(d) symmetry (≤ (K−1)d² = {symmetry}) is a spurious minimum and does not; "
            + "index-0 points above f* with a larger nullity are degenerate — a second-order test cannot tell a spurious minimum from a degenerate saddle such as θ = 0 — and no index-0 point at all means no minimum was found: both inconclusive";
        Verdict verdict;
        string evidence;
        if (indexZero.Count == 0)
        {
            verdict = Verdict.Inconclusive;
            evidence = $"no minimum found: 0 of {polished.Count} polished points have index 0 (the finder lands on saddles), so there is no local minimum to test";
        }
        else
        {
            verdict = spurious > 0 ? Verdict.DoesNotReproduce : above.Count > 0 ? Verdict.Inconclusive : Verdict.Reproduces;
            evidence = $"{indexZero.Count} of {polished.Count} polished points have index 0: {indexZero.Count - above.Count} at f* = {Numbers.Format(fStar, 6)}, {above.Count} above it ({spurious} with nullity ≤ {symmetry})";
        }

        return new ClaimVerdict(claim, verdict, evidence) { Rule = rule };
    }

    private static ClaimVerdict FlatSaddle(SpectraSummary s)
    {
        var z = s.ZeroPoint;
        var verdict = s.Settings.Depth < 3 ? Verdict.NotTestedHere : z.Min >= -1e-9 && z.Nullity == z.Dimension ? Verdict.Reproduces : Verdict.DoesNotReproduce;
        return new ClaimVerdict("From K = 3 on, deep linear networks have saddles without negative curvature (θ = 0; Kawaguchi 2016)", verdict,
            $"K = {s.Settings.Depth}; Hessian at θ = 0: eigenvalues in [{Numbers.Format(z.Min)}, {Numbers.Format(z.Max)}], nullity {z.Nullity}/{z.Dimension}")
        {
            Rule = "K ≥ 3 and the whole Hessian at θ = 0 zero (λ_min ≥ −1e-9, nullity = dimension) reproduces; a negative eigenvalue there does not; K < 3 is not tested",
        };
    }

    private static ClaimVerdict FlatEndOfTraining(IReadOnlyList<SpectraMlpRecord> mlp)
    {
        double negative = mlp.Average(r => r.NegativeFraction), zero = mlp.Average(r => r.NearZeroFraction), accuracy = mlp.Average(r => r.TestAccuracy);
        bool trained = accuracy >= TrainedAccuracy;
        bool flat = negative < FewNegative && zero > MostNearZero;
        var verdict = !trained ? Verdict.Inconclusive : flat ? Verdict.Reproduces : Verdict.DoesNotReproduce;
        string evidence = $"mean over {mlp.Count} end points: test accuracy {Numbers.Percent(accuracy)}, {Numbers.Percent(negative, 2)} of the spectrum below −1e-4, {Numbers.Percent(zero, 1)} within ±1e-4"
            + (trained ? "" : " — the network is still on its plateau, so these are plateau spectra, not the end of a training run");
        return new ClaimVerdict("At the end of training a network's Hessian has few negative eigenvalues and most of its mass near zero (the 'flat' spectra the lecture cites; Sagun et al. 2017)", verdict, evidence)
        {
            Rule = $"only judged when the mean test accuracy is ≥ {Numbers.Percent(TrainedAccuracy)} (twice chance; below it the network has not trained: inconclusive); then < {Numbers.Percent(FewNegative)} negative and > {Numbers.Percent(MostNearZero)} near zero reproduces, otherwise does not",
        };
    }
}
