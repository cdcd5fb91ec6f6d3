using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>Writes the octopus-escape report: runs.csv, medians.csv, octopus-escape.png, report.md.</summary>
internal static class OctopusEscapeReport
{
    public static string Write(OctopusEscapeSummary s, ReportContext context)
    {
        var settings = s.Settings;
        var runs = new CsvTable("optimizer", "dimension", "seed", "iterations", "gradient_evaluations", "stop_reason", "final_gap", "stuck_at_underflow", "perturbations");
        foreach (var r in s.Runs)
        {
            runs.Row(r.Optimizer, Cell(r.Dimension), Cell(r.Seed), r.Iterations is { } it ? Cell(it) : "", Cell(r.GradientEvaluations), r.StopReason,
                Numbers.Csv(r.FinalGap), Numbers.Csv(r.StuckAtUnderflow), Cell(r.Perturbations));
        }

        runs.Save(context.PathOf("runs.csv"));
        var medians = new CsvTable("optimizer", "dimension", "median_iterations", "q1_iterations", "q3_iterations", "median_gradient_evaluations", "censored", "stuck_at_underflow", "runs");
        foreach (var c in s.Cells)
        {
            medians.Row(c.Optimizer, Cell(c.Dimension), Numbers.Csv(c.MedianIterations), Numbers.Csv(c.LowerQuartile), Numbers.Csv(c.UpperQuartile),
                Numbers.Csv(c.MedianGradientEvaluations), Cell(c.Censored), Cell(c.StuckAtUnderflow), Cell(c.Runs));
        }

        medians.Save(context.PathOf("medians.csv"));
        Plot(context.PathOf("octopus-escape.png"), s);

        string headline = Headline(s);
        var methods = OctopusComparison.Methods.Select(m => m.Name).ToList();
        var report = new MarkdownReport("Octopus escape: gradient descent vs. perturbed methods (Du et al. 2017)")
            .Paragraph($"**Result.** {headline}.")
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Bullets(
            [
                $"Dimensions {settings.Dimensions.Min()}…{settings.Dimensions.Max()}; {settings.Seeds} seeds each (from {settings.BaseSeed}); iteration cap {Numbers.Count(settings.MaxIterations)} (a run that has not arrived by then is censored).",
                $"The octopus with L = e, γ = 1, τ = e (Du et al.'s constants), start uniform on [−1, 1]^d; target: the first iteration with f(x_t) − f* ≤ {Numbers.Format(settings.Tolerance)}, f* = −dν.",
                "Step size η = 1/(4L) for every method. Other settings (`--opt` values): "
                    + string.Join("; ", OctopusComparison.Methods.Select(m => m.Markdown("(none)"))) + ".",
            ])
            .Heading("Iterations to reach the global minimum's neighbourhood")
            .Figure("octopus-escape.png", "median iterations against dimension, log scale")
            .Paragraph("Median [first–third quartile] of the iterations over seeds; censored runs count as +∞ (shown as > cap), and their number is given. Per run: `runs.csv`; per cell: `medians.csv`.")
            .Table(["d", .. methods], settings.Dimensions.Select(d => (IReadOnlyList<string>)[Cell(d), .. methods.Select(m => Describe(s.Cell(m, d), settings.MaxIterations))]))
            .Paragraph("Gradient evaluations to reach the target (median over the runs that arrived; a perturbed step costs a second gradient at the perturbed point):")
            .Table(["d", .. methods], settings.Dimensions.Select(d => (IReadOnlyList<string>)[Cell(d), .. methods.Select(m => Numbers.Count(s.Cell(m, d).MedianGradientEvaluations))]))
            .Heading("What we saw")
            .Bullets(Observations(s, methods))
            .Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return headline;
    }

    private static string Cell(long v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(OctopusEscapeCell c, long cap)
    {
        string text = double.IsPositiveInfinity(c.LowerQuartile)
            ? Numbers.Count(c.MedianIterations, cap)
            : $"{Numbers.Count(c.MedianIterations, cap)} [{Numbers.Count(c.LowerQuartile, cap)}–{Numbers.Count(c.UpperQuartile, cap)}]";
        return c.Censored > 0 ? $"{text} ({Numbers.Ratio(c.Censored, c.Runs)} censored)" : text;
    }

    private static string Headline(OctopusEscapeSummary s)
    {
        int d = s.HeadlineDimension;
        var gd = s.Cell("gd", d);
        var pgd = s.Cell("pgd", d);
        string ratio = s.GdCensoredAtHeadline ? $"≥ {Numbers.Format(s.GdOverPgd)}× (GD censored at the cap)" : $"{Numbers.Format(s.GdOverPgd)}×";
        return $"d = {d}: median iterations to f − f* ≤ {Numbers.Format(s.Settings.Tolerance)}: GD {Numbers.Count(gd.MedianIterations, s.Settings.MaxIterations)}, PGD {Numbers.Count(pgd.MedianIterations, s.Settings.MaxIterations)}; GD/PGD {ratio}";
    }

    private static IEnumerable<string> Observations(OctopusEscapeSummary s, List<string> methods)
    {
        if (s.GdGrowthPerDimension is { } g)
        {
            yield return $"GD's median grows by a factor {Numbers.Format(g.Min, 2)}–{Numbers.Format(g.Max, 2)} per extra dimension while it still reaches the target (d ≤ {s.GdLastArrivingDimension}): exponential in d, as Du et al. prove (t_d ≥ ((L+γ)/γ)^d up to constants).";
        }

        if (s.GdCensoredRuns > 0)
        {
            yield return $"{Numbers.Count(s.GdCensoredRuns)} GD runs did not reach the target within the cap; in {Numbers.Count(s.GdStuckRuns)} of them GD sits at a saddle whose escape coordinate has underflowed to a subnormal number. With η = 1/(4L) each confining coordinate is halved (factor 1 − 2ηL = ½) every step while GD works through the earlier saddles, so after about 1 075 steps it reaches the smallest subnormal double, 4.9e-324; there a step multiplies it by 1 + 2ηγ ≈ 1.18, which rounds back to the same number, so GD never leaves. In exact arithmetic the escape would merely take exponentially long; in double precision it never happens.";
        }

        foreach (var (method, (slope, censored)) in s.SlopePerDimension)
        {
            yield return $"`{method}`: about {Numbers.Format(slope)} more iterations per extra dimension (one escape per saddle){(censored > 0 ? $"; {censored} runs censored" : "")}.";
        }

        yield return "The paper's exact PGD settings are not stated in the sources we follow; ours are listed above.";
    }

    private static void Plot(string path, OctopusEscapeSummary s) => MedianCurvesFigure.Save(
        path, $"Du et al.'s octopus: iterations until f − f* ≤ {Numbers.Format(s.Settings.Tolerance)} (median, IQR bars)", "dimension d", "iterations (log scale)",
        OctopusComparison.Methods.Select(m => new MedianCurve(
            m.Name,
            s.Cells.Where(c => c.Optimizer == m.Name).Select(c => new MedianPoint(c.Dimension, c.MedianIterations, c.LowerQuartile, c.UpperQuartile)).ToList(),
            s.Settings.MaxIterations)).ToList());
}
