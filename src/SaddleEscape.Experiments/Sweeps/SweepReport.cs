using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using ScottPlot;
using System.Globalization;

namespace SaddleEscape.Experiments.Sweeps;

/// <summary>The generic sweep report: report.md with a table per cell, cells.csv, the metric plot, and results.parquet / results.csv of every run.</summary>
internal static class SweepReport
{
    public static string Write(SweepSummary s, ReportContext context)
    {
        var spec = s.Spec;
        // The metric's median is a column of its own only when it is not one of the fixed columns already (no repeated header).
        string[] fixedMedians = ["iterations", "gradient_evaluations", "recovery_error"];
        bool metricColumn = !fixedMedians.Contains(spec.Metric, StringComparer.Ordinal);
        string[] header = ["problem", "set", "optimizer", "opt", "dimension", "runs", "local_min_fraction", "converged", "median_iterations", "median_gradient_evaluations", "median_recovery_error",
            .. metricColumn ? [$"median_{spec.Metric}"] : Array.Empty<string>(), $"q1_{spec.Metric}", $"q3_{spec.Metric}"];
        var table = new CsvTable(header);
        foreach (var c in s.Cells)
        {
            string[] row = [c.Job.Problem, string.Join(" ", c.Job.Set), c.Job.Optimizer, string.Join(" ", c.Job.Opt), c.Job.Dimension?.ToString(CultureInfo.InvariantCulture) ?? "",
                c.Runs.ToString(CultureInfo.InvariantCulture), Numbers.Csv(c.LocalMinFraction), c.Converged.ToString(CultureInfo.InvariantCulture), Numbers.Csv(c.MedianIterations),
                Numbers.Csv(c.MedianGradientEvaluations), Numbers.Csv(c.MedianRecoveryError), .. metricColumn ? [Numbers.Csv(c.MedianMetric)] : Array.Empty<string>(), Numbers.Csv(c.MetricQ1), Numbers.Csv(c.MetricQ3)];
            table.Row(row);
        }

        table.Save(context.PathOf("cells.csv"));
        foreach (var format in new[] { "parquet", "csv" })
        {
            ResultsExport.Export(context.Directory, format);
        }

        string figure = $"{spec.Metric}-vs-{spec.Axis.Replace('.', '-')}.png";
        Plot(context.PathOf(figure), s);
        int runs = s.Records.Count;
        int localMin = s.Records.Count(r => r.Record.Classification == "local-min");
        int converged = s.Records.Count(r => r.Record.Converged);
        // Say what the runs stopped at: a run stopped at a target gap or value is usually not stationary, so "0/n local-min" alone would mislead.
        string stops = string.Join(", ", s.Records.GroupBy(r => r.Record.StopReason).OrderByDescending(g => g.Count()).Select(g => $"{Numbers.Ratio(g.Count(), runs)} {g.Key}"));
        bool targeted = spec.TargetGap is not null || spec.TargetValue is not null;
        string headline = $"{s.Cells.Count} cells, {runs} runs: stopped by {stops}; {Numbers.Ratio(converged, runs)} converged before their budget; the certificate at the end point: {Numbers.Ratio(localMin, runs)} local-min"
            + (targeted ? " (a run stopped at its target is certified where it stopped, usually before a stationary point)" : "");
        long cap = spec.MaxIterations;
        new MarkdownReport($"Sweep `{spec.Name}`" + (spec.Description.Length > 0 ? $": {spec.Description}" : ""))
            .Paragraph($"**Result.** {headline}.")
            .Heading("Grid")
            .Bullets(
            [
                "Problems: " + string.Join("; ", spec.Problems.Select(p => $"`{p.Name}` {Grid(p)}")),
                "Optimizers: " + string.Join("; ", spec.Optimizers.Select(o => $"`{o.Name}` {Grid(o)}")),
                $"Dimensions: {(spec.Dimensions.Count == 0 ? "each problem's default" : string.Join(", ", spec.Dimensions))}; seeds: {string.Join(", ", spec.Seeds)}.",
                $"Each run is `saddle run` with at most {Numbers.Count(cap)} iterations, stopping at ‖grad f‖ ≤ {Numbers.Format(spec.GradientTolerance)}"
                    + (spec.TargetGap is { } gap ? $" or f − f* ≤ {Numbers.Format(gap)}" : "") + (spec.TargetValue is { } t ? $" or f ≤ {Numbers.Format(t)}" : "")
                    + (spec.MaxGradients is { } g ? $" or after {Numbers.Count(g)} gradients" : "")
                    + $"; certificate tolerances {Numbers.Format(spec.CertificateGradientTolerance)} (gradient), {Numbers.Format(spec.CertificateEigenvalueTolerance)} (eigenvalues).",
                "A run *converged* when a convergence rule stopped it (target, tolerance, second-order point, the optimiser's own); runs stopped by a budget count as +∞ (censored) in the medians of iterations and gradient evaluations.",
            ])
            .Heading("Cells")
            .Table(["problem", "set", "optimizer", "opt", "d", "runs", "local-min", "converged", "median iterations", "median gradients", "median recovery error", $"median {spec.Metric} [IQR]"],
                s.Cells.Select(c => (IReadOnlyList<string>)
                [
                    c.Job.Problem, string.Join(" ", c.Job.Set), c.Job.Optimizer, string.Join(" ", c.Job.Opt), c.Job.Dimension?.ToString(CultureInfo.InvariantCulture) ?? "default",
                    c.Runs.ToString(CultureInfo.InvariantCulture), Numbers.Percent(c.LocalMinFraction, 0), Numbers.Ratio(c.Converged, c.Runs),
                    Numbers.Count(c.MedianIterations, cap), Numbers.Count(c.MedianGradientEvaluations), Numbers.Format(c.MedianRecoveryError),
                    $"{Numbers.Format(c.MedianMetric)} [{Numbers.Format(c.MetricQ1)}–{Numbers.Format(c.MetricQ3)}]",
                ]))
            .Figure(figure, $"{spec.Metric} against {spec.Axis}")
            .Paragraph("Per cell: `cells.csv`; every run: `results.parquet` and `results.csv` (job settings under `job.*`, outcomes under `record.*`).")
            .Provenance(context.Provenance)
            .Save(context.PathOf("report.md"));
        return headline;
    }

    private static string Grid(SweepGrid g) => g.Grid.Count == 0 ? "(defaults)" : string.Join(", ", g.Grid.Select(kv => kv.Value.Count == 1 ? $"{kv.Key}={kv.Value[0]}" : $"{kv.Key} ∈ {{{string.Join(", ", kv.Value)}}}"));

    private static double AxisValue(SweepCell c, string axis)
    {
        if (axis == "dimension")
        {
            return c.Job.Dimension ?? double.NaN;
        }

        var parts = axis.Split('.', 2);
        var items = parts[0] == "set" ? c.Job.Set : c.Job.Opt;
        string? text = items.FirstOrDefault(i => i.StartsWith(parts[1] + "=", StringComparison.Ordinal))?[(parts[1].Length + 1)..];
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;
    }

    private static string SeriesOf(SweepCell c, string axis)
    {
        string Without(IEnumerable<string> items, string key) => string.Join(" ", items.Where(i => !i.StartsWith(key + "=", StringComparison.Ordinal)));
        var parts = axis.Split('.', 2);
        string set = parts[0] == "set" ? Without(c.Job.Set, parts[1]) : string.Join(" ", c.Job.Set);
        string opt = parts[0] == "opt" ? Without(c.Job.Opt, parts[1]) : string.Join(" ", c.Job.Opt);
        string dim = axis == "dimension" ? "" : $" d={c.Job.Dimension?.ToString(CultureInfo.InvariantCulture) ?? "default"}";
        return $"{c.Job.Optimizer} {opt} | {c.Job.Problem} {set}{dim}".Replace("  ", " ", StringComparison.Ordinal).Trim();
    }

    private static void Plot(string path, SweepSummary s)
    {
        var spec = s.Spec;
        bool censored = SweepMetric.All[spec.Metric].Censored;
        var plot = Figures.Create($"Sweep {spec.Name}: median {spec.Metric} against {spec.Axis}{(censored ? " (▲: median censored)" : "")}", spec.Axis, spec.LogY ? $"{spec.Metric} (log scale)" : spec.Metric);
        var palette = new ScottPlot.Palettes.Category10();
        int k = 0;
        var finiteAll = s.Cells.Select(c => c.MedianMetric).Where(double.IsFinite).ToList();
        double top = finiteAll.Count == 0 ? 1 : finiteAll.Max();
        // A censored median is drawn at the budget that censored it, not at the largest finite median.
        double cap = spec.Metric switch
        {
            "iterations" => spec.MaxIterations,
            "gradient_evaluations" when spec.MaxGradients is { } g => g,
            _ => top,
        };
        var groups = s.Cells.GroupBy(c => SeriesOf(c, spec.Axis)).ToList();
        // Words every series shares (the problem, fixed settings) say nothing in a legend: drop them.
        var common = groups.Select(g => g.Key.Split(' ').ToHashSet(StringComparer.Ordinal)).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        bool logX = Figures.WantsLogAxis(s.Cells.Select(c => AxisValue(c, spec.Axis))) && s.Cells.All(c => AxisValue(c, spec.Axis) > 0);
        foreach (var series in groups)
        {
            string label = groups.Count == 1 ? series.Key : string.Join(" ", series.Key.Split(' ').Where(w => !common.Contains(w) && w != "|"));
            var color = palette.GetColor(k++ % 10);
            var points = series.Select(c => (X: logX ? Math.Log10(AxisValue(c, spec.Axis)) : AxisValue(c, spec.Axis), Y: c.MedianMetric)).Where(p => double.IsFinite(p.X)).OrderBy(p => p.X).ToList();
            var finite = points.Where(p => double.IsFinite(p.Y)).ToList();
            double[] Y(IEnumerable<double> v) => spec.LogY ? LogScale.Log10(v) : v.ToArray();
            var line = plot.Add.Scatter(finite.Select(p => p.X).ToArray(), Y(finite.Select(p => p.Y)));
            line.LegendText = label.Length == 0 ? series.Key : label;
            line.Color = color;
            line.LineWidth = 2;
            var infinite = points.Where(p => double.IsPositiveInfinity(p.Y)).ToList();
            if (infinite.Count > 0)
            {
                var marks = plot.Add.Markers(infinite.Select(p => p.X).ToArray(), Y(infinite.Select(_ => cap)), MarkerShape.OpenTriangleUp, 10, color);
                marks.LegendText = $"{line.LegendText}: median not reached within the cap ({Numbers.Count(cap)})";
            }
        }

        if (spec.LogY)
        {
            LogScale.Apply(plot.Axes.Left, [.. s.Cells.Select(c => c.MedianMetric), s.Cells.Any(c => double.IsPositiveInfinity(c.MedianMetric)) ? cap : top]);
        }

        if (logX)
        {
            LogScale.Apply(plot.Axes.Bottom, s.Cells.Select(c => AxisValue(c, spec.Axis)));
            plot.Axes.Bottom.Label.Text = $"{spec.Axis} (log scale)";
        }
        else if (spec.Axis == "dimension")
        {
            Figures.IntegerTicksOnX(plot);
        }

        Figures.Save(plot, path, 1100, 560);
    }
}
