using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>What the PSGD-vs-SGD analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="DataName">"Fashion-MNIST" or "CIFAR-10".</param>
/// <param name="ChanceAccuracy">Test accuracy of always guessing the most frequent class.</param>
/// <param name="Runs">Every run, in job order.</param>
/// <param name="Curves">Per optimiser: mean ± std per epoch.</param>
/// <param name="BestRadius">The PSGD radius with the highest mean final test accuracy (0 when no PSGD ran).</param>
/// <param name="Welch">Welch's test of final test accuracy, best r vs SGD (null with fewer than 2 trials).</param>
/// <param name="Paired">Paired t-test of final test accuracy by trial, best r vs SGD (null with fewer than 2 trials).</param>
/// <param name="PairedMaxGaps">Per trial: the largest gap in any epoch between the test-accuracy curves of best r and SGD.</param>
/// <param name="SgdFinalSpread">Max − min of SGD's final test accuracy over trials.</param>
/// <param name="AtChance">Whether every run ends within 2 points of chance accuracy (the run shows nothing).</param>
/// <param name="Identical">Whether PSGD's and SGD's curves coincide to 1e-9 in every trial (the noise changed nothing).</param>
/// <param name="SecondsPerEpoch">Mean training time per epoch.</param>
/// <param name="Baseline">The sanity baseline's run (cross-entropy and Adam), or null when none was run.</param>
/// <param name="ByRadius">Every radius against SGD: paired and Welch's tests of final test accuracy.</param>
public sealed record PsgdSummary(
    PsgdSettings Settings, string DataName, double ChanceAccuracy, IReadOnlyList<PsgdRecord> Runs, IReadOnlyList<OptimizerCurves> Curves, double BestRadius,
    WelchTTest? Welch, PairedTTest? Paired, IReadOnlyList<double> PairedMaxGaps, double SgdFinalSpread, bool AtChance, bool Identical, double SecondsPerEpoch,
    PsgdRecord? Baseline = null, IReadOnlyList<RadiusComparison>? ByRadius = null)
{
    /// <summary>The claim's outcome with the numbers and the rule that decided it (<see cref="PsgdVerdicts"/>; the report only renders it).</summary>
    public IReadOnlyList<ClaimVerdict> Verdicts { get; init; } = [];
}
