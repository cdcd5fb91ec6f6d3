using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using System.Globalization;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>Writes the escape-time report: runs.csv, medians.csv, growth.csv, iterations/gradients/hvps/cost PNGs, report.md.</summary>
internal static class EscapeTimeReport
{
    private const string Pgd = "pgd";
    private const string Cubic = "cubic";

    public static string Write(EscapeTimeSummary s, ReportContext context)
    {
        var settings = s.Settings;
        SaveCsv(s, context);
        var labels = EscapeTimeSettings.Methods.Select(m => m.Label).ToList();
        Plot(context.PathOf("iterations.png"), s, "iterations", c => (c.Iterations, c.IterationsLower, c.IterationsUpper), labels);
        Plot(context.PathOf("gradients.png"), s, "gradient evaluations", c => (c.Gradients, double.NaN, double.NaN), labels);
        var hvpLabels = labels.Where(l => s.Cells.Any(c => c.Label == l && c.HessianVectorProducts > 0)).ToList();
        Plot(context.PathOf("hvps.png"), s, "Hessian-vector products", c => (c.HessianVectorProducts, double.NaN, double.NaN), hvpLabels);
        var valueLabels = labels.Where(l => s.Cells.Any(c => c.Label == l && c.FunctionValues > 0)).ToList();
        Plot(context.PathOf("values.png"), s, "function values (without a gradient)", c => (c.FunctionValues, double.NaN, double.NaN), valueLabels);

        Plot(context.PathOf("cost.png"), s, "gradients + HVPs + values", c => (c.Cost, double.NaN, double.NaN), labels);

        string headline = Headline(s);
        var exponential = s.Growth.Where(g => g.Exponential).Select(g => $"`{g.Label}`").ToList();
        var polynomial = s.Growth.Where(g => !g.Exponential).Select(g => $"`{g.Label}`").ToList();
        var report = new MarkdownReport("Escape time against dimension on Du et al.'s octopus: first-order and curvature-using methods")
            .Paragraph($"**Result.** {headline}.")
            .Paragraph($"**Which grow exponentially with d.** {(exponential.Count == 0 ? "None" : string.Join(", ", exponential))}; "
                + $"polynomially: {(polynomial.Count == 0 ? "none" : string.Join(", ", polynomial))} "
                + $"(rule: exponential when the ratio of consecutive medians, averaged geometrically over the upper half of the dimensions where the median is finite, is ≥ {Numbers.Format(EscapeTimeAnalysis.ExponentialRatio)}; see the growth table).")
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Bullets(SettingsBullets(settings))
            .Heading("Iterations")
            .Figure("iterations.png", "median iterations to the target against d, log scale, quartile bars")
            .Paragraph("Median [first–third quartile] over seeds; a censored run counts as +∞ (shown as > cap), and the number censored is given. Per run: `runs.csv`; per cell: `medians.csv`.")
            .Table(["d", .. labels], Rows(s, labels, c => Describe(c, CapOf(settings, c.Label))))
            .Heading("Growth with d")
            .Paragraph("Fitted on the dimensions where the median is finite: the factor per extra dimension is exp of the least-squares slope of ln(median) on d; the degree is the slope of ln(median) on ln d (a polynomial's degree; meaningless for an exponential); the upper-half ratio decides the verdict.")
            .Table(["method", "d fitted", "factor per dimension (fit)", "upper-half ratio", "degree (log-log)", $"×(d={s.From}→{s.To})", "growth"],
                s.Growth.Select(g => (IReadOnlyList<string>)[g.Label, $"{g.FirstDimension}…{g.LastDimension}", Numbers.Format(g.PerDimensionFactor, 3), Numbers.Format(g.UpperRatio, 3),
                    Numbers.Format(g.Degree, 2), Numbers.Format(s.GrowthOf(g.Label), 3), g.Exponential ? "**exponential**" : "polynomial"]))
            .Heading("Gradients, Hessian-vector products, function values and their sum")
            .Figure("gradients.png", "median gradient evaluations against d")
            .Figure("hvps.png", "median Hessian-vector products against d (methods that use none are left out)")
            .Figure("values.png", "median function values evaluated without a gradient (backtracking, ratio tests) against d (methods that use none are left out)")
            .Figure("cost.png", "median gradients + HVPs + function values against d")
            .Paragraph("Median gradient evaluations (censored runs as +∞):")
            .Table(["d", .. labels], Rows(s, labels, c => Numbers.Count(c.Gradients)))
            .Paragraph("Median Hessian-vector products (censored runs as +∞; \"—\" for a method that uses none):")
            .Table(["d", .. labels], Rows(s, labels, c => Count(c.HessianVectorProducts)))
            .Paragraph("Median function values evaluated without a gradient — backtracking, ratio tests and negative-curvature checks (censored runs as +∞; \"—\" for a method that uses none):")
            .Table(["d", .. labels], Rows(s, labels, c => Count(c.FunctionValues)))
            .Paragraph($"Median cost, gradients + HVPs + function values, weighted so that {EscapeTimeAnalysis.CostWeighting}:")
            .Table(["d", .. labels], Rows(s, labels, c => Numbers.Count(c.Cost)))
            .Heading("What we saw")
            .Bullets(Observations(s))
            .Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return headline;
    }

    private static long CapOf(EscapeTimeSettings settings, string label) =>
        settings.CapOf(EscapeTimeSettings.Methods.First(m => m.Label == label));

    private static IEnumerable<string> SettingsBullets(EscapeTimeSettings settings) =>
    [
        $"Dimensions {settings.Dimensions.Min()}…{settings.Dimensions.Max()}; {settings.Seeds} seeds each (from {settings.BaseSeed}); iteration cap {Numbers.Count(settings.MaxIterations)} for the methods run in double; GD with the extended exponent at d ≤ {settings.ExtendedMaxDimension} with cap {Numbers.Count(settings.ExtendedMaxIterations)}.",
        $"The octopus with L = e, γ = 1, τ = e, start uniform on [−1, 1]^d (the octopus-escape experiment's setting); target: the first iteration with f(x_t) − f* ≤ {Numbers.Format(settings.Tolerance)}, f* = −dν.",
        "Settings (`--opt`; the octopus's recommendations, e.g. η = 1/(4L), applied): "
            + string.Join("; ", EscapeTimeSettings.Methods.Select(m => $"`{m.Label}`: {m.Optimizer.Markdown("(defaults)")}")) + ".",
        $"`{EscapeTimeSettings.ExtendedGd}` is the same GD iteration with every coordinate held as a double mantissa and a 64-bit exponent (`ExtendedDouble`): each operation rounds once as double would, so while coordinates stay in double's normal range its iterates are bit-identical to `gd`'s.",
        "Counts are those charged to the method up to the target (or the cap): gradients (a perturbed or first-order-oracle step costs extra gradients), HVPs and function values evaluated without a gradient (line searches, backtracking); no certificate is run.",
    ];

    private static IEnumerable<IReadOnlyList<string>> Rows(EscapeTimeSummary s, IReadOnlyList<string> labels, Func<EscapeTimeCell, string> describe) =>
        s.Settings.Dimensions.Select(d => (IReadOnlyList<string>)[d.ToString(CultureInfo.InvariantCulture), .. labels.Select(l => s.Cell(l, d) is { } c ? describe(c) : "not run")]);

    private static string Describe(EscapeTimeCell c, long cap)
    {
        string text = double.IsPositiveInfinity(c.IterationsLower)
            ? Numbers.Count(c.Iterations, cap)
            : $"{Numbers.Count(c.Iterations, cap)} [{Numbers.Count(c.IterationsLower, cap)}–{Numbers.Count(c.IterationsUpper, cap)}]";
        return c.Censored > 0 ? $"{text} ({Numbers.Ratio(c.Censored, c.Runs)} censored)" : text;
    }

    private static string Median(EscapeTimeSummary s, string label, int d) =>
        s.Cell(label, d) is { } c ? Numbers.Count(c.Iterations, CapOf(s.Settings, label)) : "not run";

    private static string Headline(EscapeTimeSummary s) =>
        $"d = {s.To}: median iterations to f − f* ≤ {Numbers.Format(s.Settings.Tolerance)}: GD (extended exponent) {Median(s, EscapeTimeSettings.ExtendedGd, s.To)}, "
        + $"PGD {Median(s, Pgd, s.To)}, cubic {Median(s, Cubic, s.To)}; from d = {s.From} to {s.To} GD's median grows ×{Numbers.Format(s.GrowthOf(EscapeTimeSettings.ExtendedGd), 3)}, "
        + $"PGD's ×{Numbers.Format(s.GrowthOf(Pgd), 3)}, cubic's ×{Numbers.Format(s.GrowthOf(Cubic), 3)}";

    private static IEnumerable<string> Observations(EscapeTimeSummary s)
    {
        var plain = s.Growth.FirstOrDefault(g => g.Label == "gd");
        int stuck = s.Cells.Where(c => c.Label == "gd").Sum(c => c.StuckAtUnderflow);
        int censored = s.Cells.Where(c => c.Label == "gd").Sum(c => c.Censored);
        if (censored > 0)
        {
            int? from = s.Cells.Where(c => c.Label == "gd" && double.IsPositiveInfinity(c.Iterations)).Select(c => (int?)c.Dimension).Min();
            yield return $"GD in double: {Numbers.Count(censored)} runs censored (median censored from d = {from?.ToString(CultureInfo.InvariantCulture) ?? "—"}), {Numbers.Count(stuck)} of them at a saddle whose escape coordinate has underflowed to a subnormal or 0, where a step's growth factor 1 + 2ηγ ≈ 1.18 rounds back to the same number.";
        }

        if (plain is not null)
        {
            yield return $"GD in double, while it arrives (d ≤ {plain.LastDimension}): ×{Numbers.Format(plain.PerDimensionFactor, 3)} per dimension.";
        }

        if (s.AgreeingRuns.Both > 0)
        {
            yield return $"Where both arrived, GD in double and GD with the extended exponent took the same number of iterations in {Numbers.Ratio(s.AgreeingRuns.Same, s.AgreeingRuns.Both)} runs.";
        }

        if (double.IsFinite(s.SmallestLog2Magnitude))
        {
            yield return $"The smallest coordinate GD with the extended exponent held was 2^{Numbers.Format(s.SmallestLog2Magnitude, 4)} (double's smallest subnormal is 2^−1074).";
        }

        var gd = s.Growth.FirstOrDefault(g => g.Label == EscapeTimeSettings.ExtendedGd);
        if (gd is not null)
        {
            // 2ηγ = 2γ/(4L) = 1/(2e) with the experiment's η = 1/(4L), L = e, γ = 1.
            double perSaddle = Math.Log(2) / Math.Log(1 + (1 / (2 * Math.E)));
            yield return $"A heuristic for the rate: each confining coordinate halves per step (1 − 2ηL = ½) while GD works through the saddles before its own and then grows by 1 + 2ηγ per step, so each saddle takes about ln 2 / ln(1 + 2ηγ) = {Numbers.Format(perSaddle, 3)} times as long as all the earlier ones together: a factor ≈ {Numbers.Format(1 + perSaddle, 3)} per dimension. The fit says ×{Numbers.Format(gd.PerDimensionFactor, 3)}.";
        }

        foreach (var label in new[] { "cubic", "saddle-free-newton", "nc-descent", "nc-descent (first-order)" })
        {
            if (s.Cell(label, s.To) is { } c)
            {
                yield return $"`{label}` at d = {s.To}: median {Numbers.Count(c.Iterations)} iterations, {Numbers.Count(c.Gradients)} gradients, {Numbers.Count(c.HessianVectorProducts)} HVPs, {Numbers.Count(c.FunctionValues)} function values.";
            }
        }
    }

    private static void SaveCsv(EscapeTimeSummary s, ReportContext context)
    {
        var runs = new CsvTable("method", "dimension", "seed", "iterations", "gradient_evaluations", "hvp_evaluations", "function_evaluations", "cost", "stop_reason", "final_gap", "stuck_at_underflow", "smallest_log2_magnitude");
        foreach (var r in s.Runs)
        {
            runs.Row(r.Label, Cell(r.Dimension), Cell(r.Seed), r.Iterations is { } it ? Cell(it) : "", Cell(r.GradientEvaluations), Cell(r.HessianVectorProducts), Cell(r.FunctionValues), Cell(r.Cost),
                r.StopReason, Numbers.Csv(r.FinalGap), Numbers.Csv(r.StuckAtUnderflow), Numbers.Csv(r.SmallestLog2Magnitude));
        }

        runs.Save(context.PathOf("runs.csv"));
        var medians = new CsvTable("method", "dimension", "median_iterations", "q1_iterations", "q3_iterations", "median_gradients", "median_hvps", "median_function_evaluations", "median_cost", "censored", "stuck_at_underflow", "runs");
        foreach (var c in s.Cells)
        {
            medians.Row(c.Label, Cell(c.Dimension), Numbers.Csv(c.Iterations), Numbers.Csv(c.IterationsLower), Numbers.Csv(c.IterationsUpper), Numbers.Csv(c.Gradients),
                Numbers.Csv(c.HessianVectorProducts), Numbers.Csv(c.FunctionValues), Numbers.Csv(c.Cost), Cell(c.Censored), Cell(c.StuckAtUnderflow), Cell(c.Runs));
        }

        medians.Save(context.PathOf("medians.csv"));
        var growth = new CsvTable("method", "first_dimension", "last_dimension", "factor_per_dimension", "upper_half_ratio", "degree", "exponential", "censored_from");
        foreach (var g in s.Growth)
        {
            growth.Row(g.Label, Cell(g.FirstDimension), Cell(g.LastDimension), Numbers.Csv(g.PerDimensionFactor), Numbers.Csv(g.UpperRatio), Numbers.Csv(g.Degree),
                Numbers.Csv(g.Exponential), g.CensoredFrom is { } d ? Cell(d) : "");
        }

        growth.Save(context.PathOf("growth.csv"));
    }

    private static string Cell(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A median count, "—" when the method uses none.</summary>
    private static string Count(double median) => median == 0 ? "—" : Numbers.Count(median);

    private static void Plot(string path, EscapeTimeSummary s, string quantity, Func<EscapeTimeCell, (double Median, double Lower, double Upper)> pick, IReadOnlyList<string> labels) =>
        MedianCurvesFigure.Save(path, $"Du et al.'s octopus: {quantity} until f − f* ≤ {Numbers.Format(s.Settings.Tolerance)} (median over seeds)", "dimension d", $"{quantity} (log scale)",
            labels.Select(l => new MedianCurve(l, s.Cells.Where(c => c.Label == l).Select(c =>
            {
                var (median, lower, upper) = pick(c);
                return new MedianPoint(c.Dimension, median, lower, upper);
            }).ToList(), CapOf(s.Settings, l))).ToList());
}
