using System.Globalization;
using System.Text;
using SaddleEscape.Landscape;
using SaddleEscape.Numerics;
using SaddleEscape.Torch.Experiments;

namespace SaddleEscape.Cli;

/// <summary>report.md of the PSGD-vs-SGD experiment: setting, tables, Welch's test, Hessians, and the seed's claims beside ours.</summary>
internal static class PsgdReportText
{
    public static string Write(string title, string model, string dataName, PsgdExperimentSettings s, IReadOnlyList<TrainingRun> runs, WelchTTest? welch, double best, double seconds, ReproduceOptions options)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"# {title}");
        sb.AppendLine();
        sb.AppendLine(inv, $"Data: {dataName} ({(s.TrainSubset > 0 ? $"first {s.TrainSubset:N0} training" : "all training")}, {(s.TestSubset > 0 ? $"first {s.TestSubset:N0} test" : "all test")} images). Setting ({(options.Quick ? "`--quick`" : "full")}{(options.Settings is { Count: > 0 } ? ", with --set " + string.Join(" ", options.Settings) : "")}): {s.Epochs} epochs, batch {s.BatchSize}, η = {s.LearningRate:G3}, loss {(s.Loss == Torch.Models.ClassificationLoss.SquaredError ? "mean squared error on softmax outputs (the seed's ℓ2 loss)" : "cross-entropy")}, SGD and mini-batch PSGD (seed 004 Alg. 5, ξ ~ N(0, r²/d·I) added to each mini-batch gradient) with r ∈ {{{string.Join(", ", s.Radii.Select(r => r.ToString("G3", inv)))}}}, {s.Trials} trials each; trial k starts every optimiser from the same initialisation. Base seed {options.Seed}. Wall time {seconds:F0} s on {Environment.ProcessorCount} cores ({seconds / Math.Max(1, runs.Sum(r => r.Epochs.Count)):F2} s per epoch, evaluation included).");
        sb.AppendLine();
        int mid = Math.Max(1, s.Epochs / 2);
        sb.AppendLine(inv, $"| optimiser | test accuracy, epoch {mid} | final test accuracy | final training accuracy | final test loss | final training loss |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var g in runs.GroupBy(r => r.Radius).OrderBy(g => g.Key))
        {
            var group = g.ToArray();
            string Cell(Func<EpochMetrics, double> pick, int epoch, string format)
            {
                var (_, mean, std) = TrainingCurvePlot.Statistics(group, pick);
                return string.Create(inv, $"{mean[epoch - 1].ToString(format, inv)} ± {std[epoch - 1].ToString(format, inv)}");
            }

            sb.AppendLine(inv, $"| {group[0].Optimizer} | {Cell(m => m.TestAccuracy, mid, "P1")} | {Cell(m => m.TestAccuracy, s.Epochs, "P1")} | {Cell(m => m.TrainAccuracy, s.Epochs, "P1")} | {Cell(m => m.TestLoss, s.Epochs, "G4")} | {Cell(m => m.TrainLoss, s.Epochs, "G4")} |");
        }

        sb.AppendLine();
        sb.AppendLine(welch is null
            ? "Welch's t-test needs at least 2 trials per optimiser; not computed."
            : string.Create(inv, $"**Welch's t-test, final test accuracy, PSGD r = {best:G3} (the best r by mean) vs SGD:** difference {welch.MeanDifference:+0.00%;-0.00%}, t = {welch.T:F2}, ν = {welch.DegreesOfFreedom:F1}, two-sided p = {welch.PValue:G3}. Choosing the best of {s.Radii.Length} radii after the fact favours PSGD; read p accordingly."));
        sb.AppendLine();
        var paired = PairedGaps(runs, best);
        if (paired.Count > 0)
        {
            var sgdFinal = runs.Where(r => r.Radius == 0).Select(r => r.Epochs[^1].TestAccuracy).ToArray();
            sb.AppendLine(inv, $"**Paired by trial** (same initialisation, mini-batch order and dropout stream): the largest gap in any epoch between the test-accuracy curves of PSGD r = {best:G3} and SGD is {string.Join(", ", paired.Select(g => (100 * g).ToString("F2", inv)))} points for trials 1…{paired.Count}; SGD's final test accuracy spans {100 * (sgdFinal.Max() - sgdFinal.Min()):F1} points across trials.");
            sb.AppendLine();
        }

        sb.AppendLine("![test accuracy](test-accuracy.png)");
        sb.AppendLine("![training accuracy](train-accuracy.png)");
        sb.AppendLine("![test loss](test-loss.png)");
        sb.AppendLine("![training loss](train-loss.png)");
        sb.AppendLine();
        var certified = runs.Where(r => r.Hessian is not null).ToArray();
        if (certified.Length > 0)
        {
            var h0 = certified[0].Hessian!;
            sb.AppendLine("## Where the runs ended: the Hessian");
            sb.AppendLine();
            sb.AppendLine(inv, $"Hessian of the training loss on the first {s.HessianBatch:N0} training images (evaluation mode), d = {h0.Parameters:N0} parameters, by double backward: Lanczos ({s.HessianSteps} steps) for λ_min and λ_max; stochastic Lanczos quadrature ({s.HessianProbes} probes × {s.HessianSteps} steps; the top eigenvalues are the first probe's largest nodes) for the share of eigenvalues below −{h0.ZeroTolerance:G2} and within ±{h0.ZeroTolerance:G2}. The certificate uses ‖∇‖ ≤ 1e-3 and a relative eigenvalue tolerance 1e-6.");
            sb.AppendLine();
            sb.AppendLine("| run | ‖∇L‖ | λ_min | λ_max | certificate | negative share | near-zero share | top eigenvalues |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var r in certified)
            {
                var h = r.Hessian!;
                sb.AppendLine(inv, $"| {r.Optimizer}, trial {r.Trial + 1} | {h.Certificate.GradientNorm:G3} | {h.Certificate.LambdaMin:G3} | {h.Certificate.LambdaMax:G3} | {h.Certificate.Classification.Name()} | {h.NegativeFraction:P1} | {h.NearZeroFraction:P1} | {string.Join(", ", h.TopEigenvalues.Select(v => v.ToString("G3", inv)))} |");
            }

            sb.AppendLine();
            sb.AppendLine("`not-stationary` means the mini-batch training stopped where the full-batch gradient is still above tolerance; λ_min < 0 there says negative curvature is present, not that the point is a saddle. A large near-zero share is the degeneracy seed 004 §1.7 attributes to Sankar & Balasubramanian.");
            sb.AppendLine();
        }

        sb.AppendLine("## Seed 004's claims beside ours");
        sb.AppendLine();
        if (model == "mlp")
        {
            sb.AppendLine("- Seed (CIFAR-10, MLP, 200 epochs, η = 0.01): PSGD with r = 0.015 converges faster than SGD after ~25–75 epochs and reaches ~47 % test accuracy; r = 0.1 helps moderately; other radii do not differ from SGD.");
        }
        else
        {
            sb.AppendLine("- Seed (CIFAR-10, VGG3, 200 epochs, η = 0.001): SGD is an upper bound for PSGD; larger r is worse; r = 0.025's early lead is due to initialisation (averaged over 10 trials it matches SGD). Max test accuracy ~70 %.");
        }

        sb.AppendLine(inv, $"- Ours ({dataName}, {s.Epochs} epochs, {s.Trials} trials): see the table — best r by final mean test accuracy is {best:G3}{(welch is null ? "" : string.Create(inv, $", {welch.MeanDifference:+0.00%;-0.00%} against SGD with p = {welch.PValue:G2}"))}. {(options.Quick ? "This is the `--quick` setting (a subset and a few epochs): it tests the pipeline and shows early training only; it cannot confirm or refute a claim about epochs 25–200." : "")}");
        sb.AppendLine("- The seed trains on CIFAR-10; this run's data set is named above. With `--data DIR` pointing at `cifar-10-batches-bin` the same command runs on CIFAR-10.");
        sb.AppendLine();
        sb.AppendLine("Per-epoch numbers: `epochs.csv`; per run (with Hessians): `runs.csv`.");
        return sb.ToString();
    }

    /// <summary>Per trial: max over epochs of |test accuracy(best r) − test accuracy(SGD)|.</summary>
    private static List<double> PairedGaps(IReadOnlyList<TrainingRun> runs, double best)
    {
        var gaps = new List<double>();
        foreach (var sgd in runs.Where(r => r.Radius == 0).OrderBy(r => r.Trial))
        {
            var psgd = runs.FirstOrDefault(r => r.Radius == best && best > 0 && r.Trial == sgd.Trial);
            if (psgd is not null)
            {
                gaps.Add(sgd.Epochs.Zip(psgd.Epochs, (a, b) => Math.Abs(a.TestAccuracy - b.TestAccuracy)).Max());
            }
        }

        return gaps;
    }
}
