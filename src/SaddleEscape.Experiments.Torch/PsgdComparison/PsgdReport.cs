using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Torch.Models;
using SaddleEscape.Torch.Training;
using System.Globalization;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>Writes the PSGD-vs-SGD report: runs.csv, epochs.csv, four mean ± std figures, report.md.</summary>
internal static class PsgdReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The accuracy the baseline must reach for the pipeline to count as sound (issue 13: MLP 85 %, VGG3 88 %).</summary>
    public static double BaselineThreshold(string model) => model == "cnn" ? 0.88 : 0.85;

    private static string BaselineLine(string model, PsgdSummary s)
    {
        if (s.Baseline is not { } b)
        {
            return "**Sanity baseline.** Not run (`--set baseline_epochs=0`).";
        }

        double accuracy = b.Final.TestAccuracy;
        double threshold = BaselineThreshold(model);
        string verdict = accuracy >= threshold
            ? $"at least {Numbers.Percent(threshold, 0)}: the data, labels and model are right, and what the runs below show is the optimisers' doing"
            : $"below the {Numbers.Percent(threshold, 0)} a sound pipeline reaches with enough epochs and data ({b.Epochs.Count} epochs{(s.Settings.TrainSubset > 0 ? $" on {Numbers.Count(s.Settings.TrainSubset)} images" : "")} here)";
        return $"**Sanity baseline.** The same {model.ToUpperInvariant()} on the same data, trained with cross-entropy and Adam (lr 1e-3, batch {s.Settings.BatchSize}) for {b.Epochs.Count} epochs, reaches {Numbers.Percent(accuracy)} test accuracy — {verdict}.";
    }

    public static string Write(string title, string model, PsgdSummary s, ReportContext context)
    {
        var settings = s.Settings;
        WriteCsv(s, context);
        var figures = new (string File, string Label, Func<OptimizerCurves, IReadOnlyList<(double Mean, double Std)>> Pick, bool Percent)[]
        {
            ("test-accuracy.png", "test accuracy", c => c.TestAccuracy, true),
            ("train-accuracy.png", "training accuracy", c => c.TrainAccuracy, true),
            ("test-loss.png", "test loss", c => c.TestLoss, false),
            ("train-loss.png", "training loss", c => c.TrainLoss, false),
        };
        foreach (var (file, label, pick, _) in figures)
        {
            Plot(context.PathOf(file), s, label, $"{s.DataName}, {model.ToUpperInvariant()}: {label} per epoch, {(settings.Trials > 1 ? $"mean ± std over {settings.Trials} trials" : "one trial")}", pick);
        }

        var sgd = s.Curves.FirstOrDefault(c => c.Radius == 0);
        var best = s.Curves.FirstOrDefault(c => c.Radius == s.BestRadius && s.BestRadius > 0);
        string headline = string.Create(Inv, $"{s.DataName}, {settings.Epochs} epochs: final test accuracy SGD {Percent(sgd?.TestAccuracy)}")
            + (best is null ? "" : $", best PSGD (r = {Numbers.Format(s.BestRadius)}) {Percent(best.TestAccuracy)}")
            + (s.Paired is null ? "" : $", paired p = {Numbers.Format(s.Paired.PValue, 2)}")
            + (s.AtChance ? " — every run at chance level: the run shows nothing" : "");

        int mid = Math.Max(1, settings.Epochs / 2);
        var report = new MarkdownReport(title)
            .Paragraph($"**Result.** {headline}.")
            .Paragraph(BaselineLine(model, s))
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Paragraph(string.Create(Inv, $"Data: {s.DataName} ({(settings.TrainSubset > 0 ? $"first {Numbers.Count(settings.TrainSubset)} training" : "all training")}, {(settings.TestSubset > 0 ? $"first {Numbers.Count(settings.TestSubset)} test" : "all test")} images). {settings.Epochs} epochs, batch {settings.BatchSize}, η = {Numbers.Format(settings.LearningRate)}, initialisation {(settings.Initialization == WeightInitialization.Keras ? "Keras' defaults (Glorot-uniform weights, zero biases), as in the seed" : "libtorch's defaults")}, loss {(settings.Loss == ClassificationLoss.SquaredError ? "mean squared error on softmax outputs (the paper's ℓ2 loss)" : "cross-entropy")}; SGD and mini-batch PSGD (ξ ~ N(0, r²/d·I) added to each mini-batch gradient) with r ∈ {{{string.Join(", ", settings.Radii.Select(r => Numbers.Format(r)))}}}, {settings.Trials} trials each; trial k starts every optimiser from the same initialisation, mini-batch order and dropout stream. Training time {Numbers.Format(s.SecondsPerEpoch)} s per epoch (evaluation included)."))
            .Heading("Accuracy and loss")
            .Table(["optimiser", $"test accuracy, epoch {mid}", "final test accuracy", "final training accuracy", "final test loss", "final training loss"],
                s.Curves.Select(c => (IReadOnlyList<string>)
                [
                    c.Optimizer, MeanStd(c.TestAccuracy, mid, true), MeanStd(c.TestAccuracy, c.TestAccuracy.Count, true), MeanStd(c.TrainAccuracy, c.TrainAccuracy.Count, true),
                    MeanStd(c.TestLoss, c.TestLoss.Count, false), MeanStd(c.TrainLoss, c.TrainLoss.Count, false),
                ]))
            .Paragraph("Mean ± sample standard deviation over trials.")
            .Bullets(Tests(s));
        if (s.ByRadius is { Count: > 0 } byRadius)
        {
            report.Heading("Every radius against SGD")
                .Table(["r", "trials paired", "PSGD − SGD, final test accuracy (points)", "paired t, p", "Welch t, p", "trials PSGD ahead"],
                    byRadius.Select(c => (IReadOnlyList<string>)
                    [
                        Numbers.Format(c.Radius), c.Pairs.ToString(Inv),
                        c.Paired is null ? "—" : Numbers.Format(100 * c.Paired.MeanDifference, 2),
                        c.Paired is null ? "—" : $"{Numbers.Format(c.Paired.T, 3)}, {Numbers.Format(c.Paired.PValue, 2)}",
                        c.Welch is null ? "—" : $"{Numbers.Format(c.Welch.T, 3)}, {Numbers.Format(c.Welch.PValue, 2)}",
                        $"{c.PsgdWins}/{c.Pairs}",
                    ]))
                .Paragraph(byRadius.Count > 1 ? string.Create(Inv, $"Two-sided p-values, uncorrected for the {byRadius.Count} radii tested (Bonferroni at 5 %: p < {Numbers.Format(0.05 / byRadius.Count, 2)}).") : "Two-sided p-value (one radius tested: no correction needed).");
        }
        foreach (var (file, label, _, _) in figures)
        {
            report.Figure(file, label);
        }

        var certified = s.Runs.Where(r => r.Hessian is not null).ToList();
        if (certified.Count > 0)
        {
            var h0 = certified[0].Hessian!;
            report.Heading("Where the runs ended: the Hessian")
                .Paragraph(string.Create(Inv, $"Hessian of the training loss on the first {Numbers.Count(settings.HessianBatch)} training images (evaluation mode), d = {Numbers.Count(h0.Parameters)} parameters, by double backward: Lanczos ({settings.HessianSteps} steps) for λ_min and λ_max; stochastic Lanczos quadrature ({settings.HessianProbes} probes × {settings.HessianSteps} steps; the top eigenvalues are the first probe's largest nodes) for the share of eigenvalues below −{Numbers.Format(h0.ZeroTolerance)} and within ±{Numbers.Format(h0.ZeroTolerance)}. The certificate uses ‖∇‖ ≤ 1e-3 and a relative eigenvalue tolerance 1e-6."))
                .Table(["run", "‖∇L‖", "λ_min", "λ_max", "certificate", "negative share", "near-zero share", "top eigenvalues"],
                    certified.Select(r => (IReadOnlyList<string>)
                    [
                        $"{r.Optimizer}, trial {r.Trial}", Numbers.Format(r.Hessian!.GradientNorm), Numbers.Format(r.Hessian.LambdaMin), Numbers.Format(r.Hessian.LambdaMax),
                        r.Hessian.Classification, Numbers.Percent(r.Hessian.NegativeFraction), Numbers.Percent(r.Hessian.NearZeroFraction),
                        string.Join(", ", r.Hessian.TopEigenvalues.Select(v => Numbers.Format(v))),
                    ]))
                .Paragraph("`not-stationary` means the mini-batch training stopped where the full-batch gradient is still above tolerance; λ_min < 0 there says negative curvature is present, not that the point is a saddle. A large near-zero share is the degeneracy Sankar & Balasubramanian report (as reviewed by Farrell & Quintero Peña, §1.7).");
        }

        report.Paragraph("Per epoch: `epochs.csv`; per run (with Hessians): `runs.csv`.")
            .Provenance(context.Provenance)
            .Save(context.PathOf("report.md"));
        return headline;
    }

    private static IEnumerable<string> Tests(PsgdSummary s)
    {
        if (s.Welch is null)
        {
            yield return "Welch's and the paired t-test need at least 2 trials per optimiser; not computed.";
            yield break;
        }

        yield return $"**Paired t-test by trial** (the right test for this design: trial k shares its initialisation and data order), final test accuracy, PSGD r = {Numbers.Format(s.BestRadius)} (the best r by mean) − SGD: {Numbers.Format(100 * s.Paired!.MeanDifference, 2)} points, t = {Numbers.Format(s.Paired.T)}, ν = {Numbers.Format(s.Paired.DegreesOfFreedom)}, two-sided p = {Numbers.Format(s.Paired.PValue)}.";
        yield return $"Welch's t-test (unpaired) on the same: t = {Numbers.Format(s.Welch.T)}, ν = {Numbers.Format(s.Welch.DegreesOfFreedom)}, p = {Numbers.Format(s.Welch.PValue)}. {(s.Settings.Radii.Length > 1 ? $"Choosing the best of {s.Settings.Radii.Length} radii after the fact favours PSGD; read p accordingly." : "One radius was run, so no choice among radii biases p.")}";
        yield return $"Largest gap in any epoch between the test-accuracy curves of PSGD r = {Numbers.Format(s.BestRadius)} and SGD, per trial: {string.Join(", ", s.PairedMaxGaps.Select(g => Numbers.Format(100 * g, 2)))} points; SGD's final test accuracy spans {Numbers.Format(100 * s.SgdFinalSpread, 2)} points across trials.";
        if (s.AtChance)
        {
            yield return $"Every run ends within {Numbers.Format(100 * PsgdVerdicts.ChanceMargin)} points of chance accuracy ({Numbers.Percent(s.ChanceAccuracy)}: the share of the test subset's most frequent class, which is what always guessing that class scores; 10 % on the full, balanced test set): this run shows nothing about the optimisers.";
        }

        if (s.Identical)
        {
            yield return "PSGD's losses equal SGD's to 1e-9 in every epoch of every trial: at this r the perturbation is invisible.";
        }
    }

    private static string Percent(IReadOnlyList<(double Mean, double Std)>? curve) => curve is null ? "—" : $"{Numbers.Percent(curve[^1].Mean)}";

    private static string MeanStd(IReadOnlyList<(double Mean, double Std)> curve, int epoch, bool percent)
    {
        var (m, sd) = curve[Math.Min(epoch, curve.Count) - 1];
        return percent ? $"{Numbers.Percent(m)} ± {Numbers.Percent(sd)}" : $"{Numbers.Format(m, 4)} ± {Numbers.Format(sd, 2)}";
    }

    private static void WriteCsv(PsgdSummary s, ReportContext context)
    {
        var epochs = new CsvTable("optimizer", "radius", "trial", "epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy");
        var runs = new CsvTable("optimizer", "radius", "trial", "final_train_loss", "final_train_accuracy", "final_test_loss", "final_test_accuracy", "training_seconds",
            "hessian_classification", "gradient_norm", "lambda_min", "lambda_max", "negative_fraction", "near_zero_fraction");
        foreach (var r in s.Runs)
        {
            string radius = Numbers.Csv(r.Radius), trial = r.Trial.ToString(Inv);
            foreach (var m in r.Epochs)
            {
                epochs.Row(r.Optimizer, radius, trial, m.Epoch.ToString(Inv), Numbers.Csv(m.TrainLoss), Numbers.Csv(m.TrainAccuracy), Numbers.Csv(m.TestLoss), Numbers.Csv(m.TestAccuracy));
            }

            var f = r.Final;
            var h = r.Hessian;
            runs.Row(r.Optimizer, radius, trial, Numbers.Csv(f.TrainLoss), Numbers.Csv(f.TrainAccuracy), Numbers.Csv(f.TestLoss), Numbers.Csv(f.TestAccuracy), Numbers.Csv(r.TrainingSeconds),
                h?.Classification ?? "", Numbers.Csv(h?.GradientNorm), Numbers.Csv(h?.LambdaMin), Numbers.Csv(h?.LambdaMax), Numbers.Csv(h?.NegativeFraction), Numbers.Csv(h?.NearZeroFraction));
        }

        epochs.Save(context.PathOf("epochs.csv"));
        runs.Save(context.PathOf("runs.csv"));
    }

    private static void Plot(string path, PsgdSummary s, string yLabel, string title, Func<OptimizerCurves, IReadOnlyList<(double Mean, double Std)>> pick)
    {
        var plot = Figures.Create(title, "epoch", yLabel);
        var palette = new ScottPlot.Palettes.Category10();
        int k = 0;
        var all = s.Curves.Select(c => pick(c).Select(v => v.Mean).ToArray()).ToList();
        var finite = all.SelectMany(v => v).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        double visible = 0.005 * Math.Max(finite.Max() - finite.Min(), 1e-12);
        foreach (var c in s.Curves)
        {
            var curve = pick(c);
            int index = k;
            var xs = Enumerable.Range(1, curve.Count).Select(e => (double)e).ToArray();
            var color = palette.GetColor(k++);
            if (c.Trials > 1)
            {
                var band = plot.Add.FillY(xs, curve.Select(v => v.Mean - v.Std).ToArray(), curve.Select(v => v.Mean + v.Std).ToArray());
                band.FillColor = color.WithAlpha(0.15);
                band.LineWidth = 0;
            }

            var line = plot.Add.ScatterLine(xs, curve.Select(v => v.Mean).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = c.Optimizer;
            // A curve within half a per cent of the axis range of an earlier one hides it: draw it dashed and say by how much they differ.
            for (int j = 0; j < index; j++)
            {
                double gap = all[index].Zip(all[j], (a, b) => Math.Abs(a - b)).DefaultIfEmpty(double.PositiveInfinity).Max();
                if (gap <= visible)
                {
                    line.LinePattern = ScottPlot.LinePattern.Dashed;
                    line.LegendText = $"{c.Optimizer} (over {s.Curves[j].Optimizer}: largest gap {Numbers.Format(gap, 2)})";
                    break;
                }
            }
        }

        Figures.IntegerTicksOnX(plot);
        Figures.Save(plot, path);
    }
}
