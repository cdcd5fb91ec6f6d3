using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using System.Globalization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>Writes the spectra report: deep-linear.csv, mlp.csv, deep-linear-critical-points.png, mlp-density.png, report.md.</summary>
internal static class SpectraReport
{
    public static string Write(SpectraSummary s, ReportContext context)
    {
        var deep = s.DeepLinear;
        var polished = s.Polished;
        var mlp = s.Mlp;
        SaveCsv(s, context);
        PlotCriticalPoints(context.PathOf("deep-linear-critical-points.png"), s, polished);
        if (mlp.Count > 0)
        {
            PlotDensity(context.PathOf("mlp-density.png"), mlp);
        }

        string mlpHeadline = mlp.Count == 0 ? "MLP part skipped (no Fashion-MNIST)"
            : string.Join("; ", mlp.GroupBy(r => r.Optimizer).Select(g => $"{g.Key}: {Numbers.Percent(g.Average(r => r.NegativeFraction))} negative, {Numbers.Percent(g.Average(r => r.NearZeroFraction))} within ±1e-4"));
        string headline = $"deep linear (d = {s.Settings.Width}, K = {s.Settings.Depth}): {polished.Count}/{deep.Count} starts polished to critical points, "
            + $"{Numbers.Ratio(s.MatchedValues.Matched, s.MatchedValues.All)} at a closed-form critical value, {polished.Count(r => r.MorseIndex == 0)} with index 0; MLP end points: {mlpHeadline}";
        var report = new MarkdownReport("Hessian spectra: deep-linear critical points and the end of SGD and PSGD on the MLP")
            .Paragraph($"**Result.** {headline}.")
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Bullets(
            [
                $"Deep linear network (`deep-linear`): d = {s.Settings.Width}, K = {s.Settings.Depth} square layers ({s.ZeroPoint.Dimension} parameters), data from seed {s.Settings.BaseSeed}; {s.Settings.Starts} random starts polished by the critical-point finder (Levenberg–Marquardt on ½‖∇E‖² to ‖∇E‖ ≤ 1e-10); spectra exact (exhausted Lanczos); zero: |λ| ≤ 1e-6·max(1, |λ_max|).",
                $"Closed form: with M = YXᵀ(XXᵀ)^(−1/2) and its singular values σ_i, the critical values are f* + (1/2N)Σ_(i∈T)σ_i² over the {s.CriticalValues.Count} subsets T (Baldi & Hornik 1989; Kawaguchi 2016): {string.Join(", ", s.CriticalValues.Select(v => Numbers.Format(v, 5)))}.",
                mlp.Count == 0 ? "MLP: skipped — Fashion-MNIST not found (apt-get install dataset-fashion-mnist)."
                    : $"MLP (Farrell & Quintero Peña's, as in psgd-mlp: batch 128, η = 0.01, squared error on softmax, PyTorch's default initialisation): {s.Settings.Epochs} epochs on {(s.Settings.TrainSubset > 0 ? Numbers.Count(s.Settings.TrainSubset) : "all 60 000")} Fashion-MNIST images, SGD and PSGD (r = {Numbers.Format(s.Settings.Radius)}), {Numbers.Many(s.Settings.Trials, "trial", "trials")} each; SLQ of the training loss's Hessian on {Numbers.Count(s.Settings.HessianBatch)} images, {s.Settings.HessianProbes} probes × {s.Settings.HessianSteps} Lanczos steps.",
            ])
            .Heading("Deep linear network")
            .Figure("deep-linear-critical-points.png", "index of each polished critical point against its energy, closed-form critical values as vertical lines")
            .Table(["energy", "index", "nullity", "points"],
                polished.GroupBy(r => (Math.Round(r.Energy, 8), r.MorseIndex, r.Nullity)).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.MorseIndex)
                    .Select(g => (IReadOnlyList<string>)[Numbers.Format(g.Key.Item1, 6), Cell(g.Key.MorseIndex), Cell(g.Key.Nullity), Cell(g.Count())]))
            .Paragraph($"At θ = 0 (a critical point: every gradient term has a zero factor) the Hessian's eigenvalues lie in [{Numbers.Format(s.ZeroPoint.Min)}, {Numbers.Format(s.ZeroPoint.Max)}] with nullity {s.ZeroPoint.Nullity} of {s.ZeroPoint.Dimension}: {(s.ZeroPoint.Min >= -1e-9 && s.Settings.Depth >= 3 ? "no negative curvature at a saddle — a degenerate (non-strict) saddle, as Kawaguchi 2016 shows for K ≥ 3" : "negative curvature: a strict saddle")}.");
        if (mlp.Count > 0)
        {
            report.Heading("MLP at the end of SGD and PSGD")
                .Figure("mlp-density.png", "SLQ spectral densities (log scale) of the training loss's Hessian at the end of training")
                .Table(["optimiser", "trial", "train loss", "test accuracy", "negative share", "near-zero share", "λ range (SLQ nodes)"],
                    mlp.Select(r => (IReadOnlyList<string>)[r.Optimizer, Cell(r.Trial), Numbers.Format(r.TrainLoss, 4), Numbers.Percent(r.TestAccuracy), Numbers.Percent(r.NegativeFraction, 2),
                        Numbers.Percent(r.NearZeroFraction, 2), $"[{Numbers.Format(r.Nodes.Min())}, {Numbers.Format(r.Nodes.Max())}]"]));
        }

        report.Heading("What we saw").Bullets(Observations(s, polished, mlp)).Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return headline;
    }

    private static IEnumerable<string> Observations(SpectraSummary s, IReadOnlyList<DeepLinearCriticalPoint> polished, IReadOnlyList<SpectraMlpRecord> mlp)
    {
        int failed = s.DeepLinear.Count(r => !r.Converged);
        if (failed > 0)
        {
            yield return $"{failed} deep-linear starts were not polished within the step budget.";
        }

        if (polished.Count > 0)
        {
            yield return $"Every polished deep-linear critical point has nullity ≥ {polished.Min(r => r.Nullity)}: the layers' GL(d) symmetry (W_(k+1)G⁻¹, GW_k) makes critical points come in manifolds, so even the minima are degenerate to the certificate ({(s.Settings.Depth - 1) * s.Settings.Width * s.Settings.Width} flat directions at a point where every layer is invertible).";
            yield return $"Newton-type polishing from random starts lands on saddles far more often than on minima ({polished.Count(r => r.MorseIndex > 0)} of {polished.Count} here): the finder maps the saddles; minima are what descent methods find.";
        }

        if (mlp.Count > 0 && mlp.Average(r => r.TestAccuracy) < 0.2)
        {
            yield return $"The MLP is still on its plateau (mean test accuracy {Numbers.Percent(mlp.Average(r => r.TestAccuracy))}; chance is 10 % for Fashion-MNIST's ten balanced classes): with the paper's squared error on softmax, plain SGD at η = 0.01 and PyTorch's default initialisation it leaves the plateau late (see psgd-mlp), so these are the spectra of a plateau, not of a trained network. Run more epochs (`--set epochs=…`) for trained end points.";
        }

        if (mlp.Count > 1)
        {
            var bySgd = mlp.Where(r => !r.Perturbed).ToList();
            var byPsgd = mlp.Where(r => r.Perturbed).ToList();
            if (bySgd.Count > 0 && byPsgd.Count > 0)
            {
                yield return $"SGD vs PSGD (r = {Numbers.Format(s.Settings.Radius)}): negative share {Numbers.Percent(bySgd.Average(r => r.NegativeFraction), 2)} vs {Numbers.Percent(byPsgd.Average(r => r.NegativeFraction), 2)}, test accuracy {Numbers.Percent(bySgd.Average(r => r.TestAccuracy))} vs {Numbers.Percent(byPsgd.Average(r => r.TestAccuracy))} ({Numbers.Many(bySgd.Count, "trial", "trials")} each: too few to call a difference).";
            }
        }
    }

    private static void SaveCsv(SpectraSummary s, ReportContext context)
    {
        var deep = new CsvTable("start", "converged", "energy", "index", "nullity", "eigenvalues");
        foreach (var r in s.DeepLinear)
        {
            // An unpolished start: empty energy and eigenvalues, index and nullity −1 (as the file has always written it).
            var p = r.Point;
            deep.Row(Cell(r.Start), Numbers.Csv(r.Converged), Numbers.Csv(p?.Energy), Cell(p?.MorseIndex ?? -1), Cell(p?.Nullity ?? -1), string.Join(" ", (p?.Eigenvalues ?? []).Select(v => Numbers.Csv(v))));
        }

        deep.Save(context.PathOf("deep-linear.csv"));
        var mlp = new CsvTable("optimizer", "trial", "node", "weight");
        foreach (var r in s.Mlp)
        {
            for (int i = 0; i < r.Nodes.Length; i++)
            {
                mlp.Row(r.Optimizer, Cell(r.Trial), Numbers.Csv(r.Nodes[i]), Numbers.Csv(r.Weights[i]));
            }
        }

        mlp.Save(context.PathOf("mlp.csv"));
    }

    private static string Cell(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void PlotCriticalPoints(string path, SpectraSummary s, IReadOnlyList<DeepLinearCriticalPoint> polished)
    {
        var plot = Figures.Create($"Deep linear network (d = {s.Settings.Width}, K = {s.Settings.Depth}): critical points found", "energy E", "Morse index");
        foreach (var v in s.CriticalValues)
        {
            var line = plot.Add.VerticalLine(v);
            line.Color = ScottPlot.Colors.Gray.WithAlpha(0.5);
            line.LinePattern = ScottPlot.LinePattern.Dotted;
        }

        if (polished.Count > 0)
        {
            var marks = plot.Add.Markers(polished.Select(r => r.Energy).ToArray(), polished.Select(r => (double)r.MorseIndex).ToArray(), ScottPlot.MarkerShape.FilledCircle, 6);
            marks.LegendText = "polished critical points";
        }

        Figures.Save(plot, path);
    }

    private static void PlotDensity(string path, IReadOnlyList<SpectraMlpRecord> mlp)
    {
        double lo = mlp.Min(r => r.Nodes.Min()), hi = mlp.Max(r => r.Nodes.Max());
        double span = Math.Max(hi - lo, 1e-9), sigma = 0.005 * span;
        var grid = Enumerable.Range(0, 600).Select(i => lo - (0.02 * span) + (1.04 * span * i / 599)).ToArray();
        var plot = Figures.Create("MLP on Fashion-MNIST: Hessian spectral density at the end of training (SLQ)", "eigenvalue λ", "log₁₀ density (Gaussian kernel, width 0.5 % of the span)");
        var drawn = new List<(string Label, double[] Curve)>();
        foreach (var group in mlp.GroupBy(r => r.Optimizer))
        {
            int count = group.Count();
            var density = grid.Select(x => group.Sum(r => r.Nodes.Select((node, i) => r.Weights[i] * Math.Exp(-0.5 * Math.Pow((x - node) / sigma, 2))).Sum()) / (count * sigma * Math.Sqrt(2 * Math.PI))).ToArray();
            var logDensity = density.Select(d => Math.Log10(d + 1e-6)).ToArray();
            var line = plot.Add.ScatterLine(grid, logDensity);
            line.LegendText = group.Key;
            line.LineWidth = 2;
            // Densities closer than half a per cent of the axis range (PSGD's noise invisible at this r) would hide the first
            // line: dash the second and say by how much they differ.
            double range = logDensity.Max() - logDensity.Min();
            foreach (var (label, curve) in drawn)
            {
                double gap = curve.Zip(logDensity, (a, b) => Math.Abs(a - b)).Max();
                if (gap <= 0.005 * Math.Max(range, 1e-12))
                {
                    line.LinePattern = ScottPlot.LinePattern.Dashed;
                    line.LegendText = $"{group.Key} (over {label}: largest gap {Numbers.Format(gap, 2)} in log₁₀)";
                    break;
                }
            }

            drawn.Add((group.Key, logDensity));
        }

        Figures.Save(plot, path);
    }
}
