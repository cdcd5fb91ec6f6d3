using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.LandscapeDesign;
using System.Globalization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>Writes the landscape-design report: runs.csv, curves.csv, random-starts.csv, app-f.csv, figures, report.md.</summary>
internal static class LandscapeDesignReport
{
    public static string Write(LandscapeDesignSummary s, ReportContext context)
    {
        var settings = s.Settings;
        var report = new MarkdownReport("Landscape design (Ge, Lee & Ma, ICLR 2018)");
        string headline = Headline(s);
        report.Paragraph($"**Result.** {headline}.").Verdicts(s.Verdicts);
        if (s.Simulations.Count > 0)
        {
            WriteSimulations(report, s, context);
        }

        if (s.Search is { Count: > 0 })
        {
            WriteSearch(report, s);
        }

        if (settings.Landscape)
        {
            WriteLandscape(report, s, context);
        }

        report.Paragraph("Parts (`--only`): " + string.Join(", ", LandscapeDesignSettings.AllSimulations(true).Select(x => x.Key)) + $", {StepSearchJob.PartName}, {LandscapeCheckJob.PartName}.")
            .Provenance(context.Provenance)
            .Save(context.PathOf("report.md"));
        return headline;
    }

    private static string Headline(LandscapeDesignSummary s)
    {
        var parts = new List<string>();
        if (s.Simulations.Count > 0)
        {
            parts.Add($"d = {s.Settings.Dimension}: e(Q) ≤ 0.05 in " + string.Join(", ", s.Simulations.Select(c => $"{Numbers.Ratio(c.Recovered, c.Runs.Count)} on {c.Setting.Key}")));
        }

        if (s.Settings.Landscape)
        {
            var (minima, above) = s.SpuriousAboveThreshold;
            parts.Add($"random starts on G (d = {s.Settings.LandscapeDimension}): {Numbers.Ratio(s.GlobalStarts, s.RandomStarts.Count)} global; App. F: spurious minimum for {Numbers.Ratio(minima, above)} values of a above the threshold");
        }

        return string.Join("; ", parts);
    }

    private static void WriteSimulations(MarkdownReport report, LandscapeDesignSummary s, ReportContext context)
    {
        var settings = s.Settings;
        var runs = new CsvTable("setting", "seed", "final_error", "final_risk", "classification", "sample_gradients", "polished_verdict", "polished_risk", "polished_error", "polished_lambda_min");
        var curves = new CsvTable("setting", "seed", "iteration", "risk", "error");
        foreach (var c in s.Simulations)
        {
            foreach (var r in c.Runs)
            {
                runs.Row(r.Key, Int(r.Seed), Numbers.Csv(r.FinalError), Numbers.Csv(r.FinalRisk), r.Classification, Int(r.SampleGradients),
                    r.Polished?.Verdict ?? "", Numbers.Csv(r.Polished?.Risk), Numbers.Csv(r.Polished?.Error), Numbers.Csv(r.Polished?.LambdaMin));
                foreach (var p in r.Curve)
                {
                    curves.Row(r.Key, Int(r.Seed), Int(p.Iteration), Numbers.Csv(p.Risk), Numbers.Csv(p.Error));
                }
            }
        }

        runs.Save(context.PathOf("runs.csv"));
        curves.Save(context.PathOf("curves.csv"));
        PlotError(context.PathOf("error-vs-iterations.png"), s);
        foreach (var c in s.Simulations)
        {
            PlotRisk(context.PathOf($"risk-vs-iterations-{c.Setting.Key}.png"), c);
        }

        report.Heading("Simulations (Sec. 4, Fig. 1–4)")
            .Paragraph($"Setting ({(settings.Quick ? "quick" : "full")}): d = {settings.Dimension}, B* = I, a* = 1, noiseless teacher, {settings.Seeds} seeds; SGD with fresh samples every step, step η₀ for {Numbers.Count(settings.Plateau)} iterations then ×¼ every {Numbers.Count(settings.DecayEvery)} ({settings.Stages} decays, {Numbers.Count(settings.TotalIterations)} iterations in all). The paper's setting is d = 50 with a 10 000-iteration plateau and decay every 5 000; its step sizes are not stated, ours are listed below.")
            .Table(["setting", "batch", "η₀", "e(Q) ≤ 0.05", "final e(Q), median [IQR]", "final risk, median [IQR]", "certificate of the final point", "a* error (App. D), median"],
                s.Simulations.Select(c => (IReadOnlyList<string>)
                [
                    c.Setting.Label, Numbers.Count(c.Setting.BatchSize), Numbers.Format(c.Setting.StepSize), Numbers.Ratio(c.Recovered, c.Runs.Count),
                    $"{Numbers.Format(c.MedianError)} [{Numbers.Format(c.ErrorQ1)}–{Numbers.Format(c.ErrorQ3)}]",
                    $"{Numbers.Format(c.MedianRisk, 4)} [{Numbers.Format(c.RiskQ1, 4)}–{Numbers.Format(c.RiskQ3, 4)}]",
                    string.Join(", ", c.Certificates.Select(kv => $"{kv.Key} {kv.Value}")),
                    c.Runs.Any(r => r.OutputWeightError is not null) ? Numbers.Format(Statistics.Median(c.Runs.Select(r => r.OutputWeightError ?? double.NaN))) : "—",
                ]))
            .Paragraph("f′ on centred labels trains on y − ȳ − ĉᵀx, with ȳ and ĉ estimated from 65 536 separate samples: f′'s student (degree-2 and degree-4 Hermite terms of unit directions) is orthogonal to every constant and linear function, so its minimisers are unchanged while the labels lose their σ₀ and σ₁ parts (for ReLU at d = 50 about 398 + 12.5 of the risk); its risk column is on centred labels. G on centred labels trains on the same kind of labels; G's terms φ and ϕ are Wick products, orthogonal to every polynomial of degree below 4, so the population G is exactly the same and only the noise changes. **a* error (App. D)**: from each final B, rows normalised, Alg. 1 estimates a from 262 144 fresh samples (labels centred by their mean, which leaves E[y⟨x, b⟩] unchanged); the column is ‖a − a*‖/‖a*‖.")
            .Paragraph($"Sample gradients per run: steps × batch ({Numbers.Count(settings.TotalIterations)} × batch). Certificates use the validation risk (f, f′; finite-difference HVPs) or the population G with ‖grad‖ ≤ 1e-3: SGD's last iterate is noisy, so `not-stationary` is the expected verdict for short runs.");
        var polished = s.Simulations.Where(c => c.PolishedGlobal is not null).SelectMany(c => c.Runs).Where(r => r.Polished is not null).ToList();
        if (polished.Count > 0)
        {
            report.Paragraph("**Where SGD on f (ReLU) stopped.** From each end point, gradient descent on the exact population risk (arc-cosine closed form, no unit-row assumption) until ‖∇f‖ ≤ 1e-9 (at most 50 000 steps), then the certificate (Lanczos on finite-difference HVPs of the exact gradient; tolerances 1e-6). ReLU's scaling symmetry a·relu(bᵀx) = (a/c)·relu(c·bᵀx) gives every critical point a flat direction per hidden unit, so the certificate can only say `degenerate`; the risk then tells a global minimum (risk ≤ 1e-6) from a non-global second-order point.")
                .Table(["seed", "verdict", "population risk", "e(Q)", "λ_min"],
                    polished.OrderBy(r => r.Seed).Select(r => (IReadOnlyList<string>)[Int(r.Seed), r.Polished!.Verdict, Numbers.Format(r.Polished.Risk, 4), Numbers.Format(r.Polished.Error), Numbers.Format(r.Polished.LambdaMin)]));
        }

        report.Figure("error-vs-iterations.png", "e(Q) against iterations, median over seeds");
        foreach (var c in s.Simulations)
        {
            report.Figure($"risk-vs-iterations-{c.Setting.Key}.png", $"risk of {c.Setting.Label} against iterations");
        }

        if (settings.Quick)
        {
            report.Paragraph("This is the quick setting (a smaller d, a shorter schedule, smaller batches): it shows the trend, not the paper's numbers.");
        }

        report.Paragraph("Per-run numbers: `runs.csv`; checkpoints: `curves.csv`.");
    }

    private static void WriteSearch(MarkdownReport report, LandscapeDesignSummary s)
    {
        var settings = s.Settings;
        var search = s.Search!;
        var selected = s.SelectedSteps;
        var grids = new List<string>();
        foreach (bool designed in new[] { false, true })
        {
            var keys = search.Select(r => r.Key).Distinct().Where(k => LandscapeDesignSettings.Named(k).Designed == designed).ToList();
            if (keys.Count > 0)
            {
                grids.Add($"{{{string.Join(", ", (designed ? settings.GStepGrid : settings.StepGrid).Select(v => Numbers.Format(v)))}}} for {string.Join(" and ", keys)}");
            }
        }

        report.Paragraph($"**Step-size search** (part `step-search`): every η₀ in {string.Join(" and in ", grids)}, each for {Numbers.Count(settings.SearchSteps)} constant-η SGD steps from seed 0's start; the rule picks the η₀ with the lowest final value of the problem's deterministic objective — for f′ the risk on its held-out validation sample (5 000 samples, never used for training), for G the population G in closed form — never e(Q); a candidate whose iterate left the finite numbers is out. Selected: {string.Join("; ", selected.Select(kv => $"{kv.Key} η₀ = {Numbers.Format(kv.Value)}"))}. {StepsUsed(s)}")
            .Table(["setting", "η₀", "validation risk (G: population value) after the search steps", "e(Q) (not used for the choice)", "selected"],
                search.Select(r => (IReadOnlyList<string>)[r.Key, Numbers.Format(r.StepSize), Numbers.Format(r.FinalRisk, 5), Numbers.Format(r.FinalError), selected.TryGetValue(r.Key, out double v) && v == r.StepSize ? "✓" : ""]));
    }

    /// <summary>Whether the simulations ran at the searched step sizes, and why not where they did not.</summary>
    private static string StepsUsed(LandscapeDesignSummary s)
    {
        var differ = s.SelectedSteps.Where(kv => s.Cell(kv.Key) is { } c && double.IsFinite(kv.Value) && c.Setting.StepSize != kv.Value)
            .Select(kv => $"`{kv.Key}` ran at η₀ = {Numbers.Format(s.Cell(kv.Key)!.Setting.StepSize)}, the search picked {Numbers.Format(kv.Value)}").ToList();
        return differ.Count == 0
            ? "The simulations above ran at the selected η₀."
            : $"The simulations above ran at the η₀ of their settings, not at the search's pick ({string.Join("; ", differ)}): the search is a part of the same run, planned beside the simulations rather than before them, so it cannot set their step; it checks the settings' choice. To simulate at the pick, rerun with `--set fprime_step=…`, `fprime_centred_step=…`, `g_step=…` or `g_centred_step=…`.";
    }

    private static void WriteLandscape(MarkdownReport report, LandscapeDesignSummary s, ReportContext context)
    {
        var starts = new CsvTable("seed", "error", "classification", "iterations", "lambda_min");
        foreach (var o in s.RandomStarts)
        {
            starts.Row(Int(o.Seed), Numbers.Csv(o.Error), SaddleEscape.Landscape.ClassificationNames.Name(o.Classification), Int(o.Iterations), Numbers.Csv(o.LambdaMin));
        }

        starts.Save(context.PathOf("random-starts.csv"));
        var appF = new CsvTable("a", "value", "gradient_norm", "lambda_min", "classification", "lowest_nearby_descent", "is_minimum", "verdict");
        foreach (var r in s.Spurious)
        {
            var o = r.Outcome;
            appF.Row(Numbers.Csv(o.A), Numbers.Csv(o.Value), Numbers.Csv(o.GradientNorm), Numbers.Csv(o.LambdaMin), SaddleEscape.Landscape.ClassificationNames.Name(o.Classification), Numbers.Csv(o.LowestNearbyDescent), Numbers.Csv(r.IsMinimum), r.Verdict);
        }

        appF.Save(context.PathOf("app-f.csv"));
        var steps = s.RandomStarts.Select(o => (double)o.Iterations).ToList();
        int n = s.RandomStarts.Count;
        report.Heading("The landscape beyond the simulations")
            .Paragraph($"**Thm. 2.3 (all local minima of G are global), d = {s.Settings.LandscapeDimension}.** Gradient descent on the population G (closed form, μ = 0.1, λ = 10, step 1/160) from {n} random starts N(0, I/d), each with its own random orthogonal B* (seeds {s.RandomStarts.Min(o => o.Seed)}…{s.RandomStarts.Max(o => o.Seed)}), until ‖∇G‖ ≤ 1e-10 (at most 50 000 steps), then the certificate (tolerance 1e-6): **{Numbers.Ratio(s.GlobalStarts, n)}** end at a certified local minimum with e(Q) ≤ 1e-3. Largest e(Q) {Numbers.Format(s.RandomStarts.Max(o => o.Error))}; certificates: {string.Join(", ", s.StartCertificates.Select(kv => $"{kv.Key} {kv.Value}"))}; GD steps median {Numbers.Count(Statistics.Median(steps))} [IQR {Numbers.Count(Statistics.Quantile(steps, 0.25))}–{Numbers.Count(Statistics.Quantile(steps, 0.75))}], max {Numbers.Count(s.RandomStarts.Max(o => o.Iterations))}.")
            .Paragraph("**App. F (why G needs the regulariser R).** P′(B) = Σ_i a*_i Σ_{j≠k}⟨b*_i,b_j⟩²⟨b*_i,b_k⟩² on unit rows, B* = I (d = m = 4), a* = (1, a, a, a), at B = (e₁, e₁, e₂, (e₃+e₄)/√2). The paper says this is a spurious local minimum when max a* > 2 min a*. Certificate on the product of spheres (tolerance 1e-9), and gradient descent (step 0.01, 20 000 steps) from 10 random points at distance ~1e-3: a minimum pulls them back to its value, a saddle lets them escape.")
            .Table(["a", "P′", "‖grad‖", "λ_min", "certificate", "lowest P′ reached from nearby", "verdict"],
                s.Spurious.Select(r => (IReadOnlyList<string>)
                [
                    Numbers.Format(r.Outcome.A), Numbers.Format(r.Outcome.Value, 4), Numbers.Format(r.Outcome.GradientNorm, 2), Numbers.Format(r.Outcome.LambdaMin),
                    SaddleEscape.Landscape.ClassificationNames.Name(r.Outcome.Classification), Numbers.Format(r.Outcome.LowestNearbyDescent), r.Verdict,
                ]))
            .Paragraph("Below the threshold λ_min = 2(a − 2); above it the only zero eigenvalue is b₄ turning inside span(e₃, e₄), along which P′ is constant, so the certificate says `degenerate` and the descent test settles it. Per start: `random-starts.csv`; per a: `app-f.csv`.");
    }

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The <paramref name="quantile"/> over <paramref name="runs"/> of <paramref name="pick"/> at every iteration all
    /// runs checkpointed, in order. Curves are matched by iteration, not by position: runs stored before commit
    /// 0435f48 hold each stage's last checkpoint twice, and runs of different lengths share only their common part.
    /// </summary>
    internal static double[] QuantileAt(IReadOnlyList<SimulationRecord> runs, Func<CurveCheckpoint, double> pick, double quantile, out double[] iterations)
    {
        var byIteration = runs.Select(r => r.Curve.GroupBy(p => p.Iteration).ToDictionary(g => g.Key, g => g.First())).ToList();
        var common = new SortedSet<long>(byIteration[0].Keys);
        foreach (var run in byIteration.Skip(1))
        {
            common.IntersectWith(run.Keys);
        }

        iterations = common.Select(i => (double)i).ToArray();
        return common.Select(i => Statistics.Quantile(byIteration.Select(run => pick(run[i])), quantile)).ToArray();
    }

    private static double[] MedianAt(IReadOnlyList<SimulationRecord> runs, Func<CurveCheckpoint, double> pick, out double[] iterations) =>
        QuantileAt(runs, pick, 0.5, out iterations);

    private static void PlotError(string path, LandscapeDesignSummary s)
    {
        bool log = Figures.WantsLogAxis(s.Simulations.SelectMany(c => c.Runs.SelectMany(r => r.Curve.Select(p => p.Error))));
        var plot = Figures.Create($"e(Q) against iterations, median over {s.Settings.Seeds} seeds (d = {s.Settings.Dimension})", "iteration", log ? "e(Q) (log scale)" : "e(Q)");
        var palette = new ScottPlot.Palettes.Category10();
        int k = 0;
        var plotted = new List<double>();
        foreach (var c in s.Simulations)
        {
            var ys = MedianAt(c.Runs, p => p.Error, out var xs);
            plotted.AddRange(ys.Select(v => Math.Max(v, 1e-16)));
            var line = plot.Add.ScatterLine(xs, log ? LogScale.Log10(ys.Select(v => Math.Max(v, 1e-16))) : ys);
            line.LegendText = Figures.Text(c.Setting.Label);
            line.Color = palette.GetColor(k++);
            line.LineWidth = 2;
        }

        if (log)
        {
            LogScale.Apply(plot.Axes.Left, plotted);
        }

        Figures.Save(plot, path);
    }

    private static void PlotRisk(string path, SimulationCell c)
    {
        // G takes negative values (its minimum is below 0): a log axis would drop them, cutting the curve short and losing the
        // band, so the axis is linear whenever a plotted value is not positive.
        var values = c.Runs.SelectMany(r => r.Curve.Select(p => p.Risk)).Where(double.IsFinite).ToList();
        bool log = Figures.WantsLogAxis(values) && values.All(v => v > 0);
        string what = c.Setting.Designed ? "G on the mini-batch" : "validation risk";
        string axis = log ? $"{what} (log scale)" : values.Any(v => v <= 0) ? $"{what} (linear: it takes values ≤ 0)" : what;
        var plot = Figures.Create($"{c.Setting.Label}: {what} against iterations (median, IQR band)", "iteration", axis);
        var ys = MedianAt(c.Runs, p => p.Risk, out var xs);
        var q1 = QuantileAt(c.Runs, p => p.Risk, 0.25, out _);
        var q3 = QuantileAt(c.Runs, p => p.Risk, 0.75, out _);
        double[] T(double[] v) => log ? LogScale.Log10(v) : v;
        var band = plot.Add.FillY(xs, T(q1), T(q3));
        band.FillColor = ScottPlot.Colors.Blue.WithAlpha(0.15);
        band.LineWidth = 0;
        band.LegendText = "first–third quartile";
        var line = plot.Add.ScatterLine(xs, T(ys));
        line.LegendText = "median";
        line.LineWidth = 2;
        if (log)
        {
            LogScale.Apply(plot.Axes.Left, [.. q1, .. q3, .. ys]);
        }

        Figures.Save(plot, path);
    }
}
