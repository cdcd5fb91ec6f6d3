using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>The PSGD-vs-SGD claim (Farrell &amp; Quintero Peña 2019) decided from the summary; the report only renders it.</summary>
internal static class PsgdVerdicts
{
    /// <summary>A run within this many accuracy points (as a fraction) of chance counts as at chance.</summary>
    public const double ChanceMargin = 0.02;

    /// <summary>The paired t-test's significance level.</summary>
    public const double Significance = 0.05;

    /// <summary>The epoch by which the MLP claim's effect (after ~25–75 epochs) should show.</summary>
    public const int MlpClaimEpochs = 75;

    /// <summary>The verdict on <paramref name="model"/>'s claim ("mlp" or "cnn").</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(string model, PsgdSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        string data = s.DataName == "CIFAR-10" ? "" : " (our data: Fashion-MNIST; the paper's is CIFAR-10)";
        string claim = model == "mlp"
            ? "On the MLP, PSGD with r = 0.015 converges faster than SGD after ~25–75 epochs and ends with higher test accuracy (Farrell & Quintero Peña 2019, Fig. 3–4)" + data
            : "On the VGG3 CNN, SGD is an upper bound for PSGD and larger r is worse (Farrell & Quintero Peña 2019, Fig. 11–18)" + data;
        string diff = s.Paired is null ? "fewer than 2 trials: no test" : $"best r = {Numbers.Format(s.BestRadius)} − SGD: {Numbers.Format(100 * s.Paired.MeanDifference, 2)} points in final test accuracy, paired p = {Numbers.Format(s.Paired.PValue, 2)}";
        string rule = $"in order: every run within {Numbers.Format(100 * ChanceMargin)} points of chance is inconclusive; PSGD's curves equal to SGD's (to 1e-9) does not reproduce; "
            + (model == "mlp"
                ? $"fewer than {MlpClaimEpochs} epochs is not tested; otherwise PSGD better by a paired t-test at p < {Numbers.Format(Significance)} reproduces, else does not"
                : $"otherwise PSGD not significantly better than SGD (paired t-test, p < {Numbers.Format(Significance)}) reproduces, significantly better does not");
        Verdict verdict;
        string evidence;
        if (s.AtChance)
        {
            (verdict, evidence) = (Verdict.Inconclusive, $"every run ends within {Numbers.Format(100 * ChanceMargin)} points of chance ({Numbers.Percent(s.ChanceAccuracy)}, the test subset's most frequent class); {diff}");
        }
        else if (s.Identical)
        {
            (verdict, evidence) = (Verdict.DoesNotReproduce, $"PSGD's curves coincide with SGD's to 1e-9 in every trial: the noise changed nothing; {diff}");
        }
        else if (model == "mlp" && s.Settings.Epochs < MlpClaimEpochs)
        {
            (verdict, evidence) = (Verdict.NotTestedHere, $"the run stops at epoch {s.Settings.Epochs}, before the epochs the claim is about; {diff}; largest paired gap in any epoch {string.Join(", ", s.PairedMaxGaps.Select(g => Numbers.Format(100 * g, 2)))} points");
        }
        else
        {
            bool psgdBetter = s.Paired is { } p && p.PValue < Significance && p.MeanDifference > 0;
            verdict = model == "mlp" ? (psgdBetter ? Verdict.Reproduces : Verdict.DoesNotReproduce) : (psgdBetter ? Verdict.DoesNotReproduce : Verdict.Reproduces);
            evidence = $"{diff}; SGD's final test accuracy spans {Numbers.Format(100 * s.SgdFinalSpread, 2)} points across trials";
        }

        return [new ClaimVerdict(claim, verdict, evidence) { Rule = rule }];
    }
}
