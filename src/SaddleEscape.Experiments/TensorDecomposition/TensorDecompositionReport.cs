using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using System.Globalization;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>Writes the tensor-decomposition report: runs.csv, curves.csv, cells.csv, error curves (PNG), report.md.</summary>
internal static class TensorDecompositionReport
{
    public static string Write(TensorDecompositionSummary s, ReportContext context)
    {
        var settings = s.Settings;
        WriteCsv(s, context);
        var figures = new List<(string File, string Caption)>();
        foreach (int d in settings.Dimensions)
        {
            foreach (bool noisy in new[] { false, true })
            {
                figures.Add(PlotCurves(context, s, d, noisy, byTime: false));
                figures.Add(PlotCurves(context, s, d, noisy, byTime: true));
            }
        }

        int dMax = settings.Dimensions.Max();
        string headline = string.Join("; ", new[] { TensorDecompositionSettings.NoisySgd.Label, TensorDecompositionSettings.Pgd.Label }.Select(m =>
        {
            var c = s.Cell(m, dMax, false);
            return $"{m} d={dMax}: {Numbers.Ratio(c.Recovered, c.Runs)} recovered, {Numbers.Ratio(c.Certified, c.Runs)} certified local-min";
        }));

        var report = new MarkdownReport("Orthogonal tensor decomposition (Ge, Huang, Jin & Yuan 2015)")
            .Paragraph($"**Result.** {headline}.")
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Bullets(
            [
                $"d ∈ {{{string.Join(", ", settings.Dimensions)}}}, {settings.Seeds} seeds (from {settings.BaseSeed}); T = Σ_{{i≤d}} a_i^⊗4 with random orthonormal a_i; noisy T adds symmetric low-rank noise with ‖E‖_F = {Numbers.Format(settings.Noise)} (‖T‖_F = √d).",
                $"Optimisers on the product of d unit spheres minimising Eq. 6, Σ_{{i≠j}} T(u_i,u_i,u_j,u_j), from a random start, at most {Numbers.Count(settings.MaxIterations)} iterations, stopping at ‖grad f‖ ≤ 1e-10 (PGD, PAGD: and λ_min ≥ −1e-6). `noisy-sgd`: η = 0.05, noise uniform on the sphere of radius 0.05 switched off linearly by step 4 000 (the problem's recommendation: with the paper's constant noise a run never becomes stationary); `pgd`, `pagd`, `gd`: catalogue defaults with η = 0.05; `pagd-nce-off`: PAGD with negative-curvature exploitation off.",
                "Tensor power method: Alg. 6 for order 4, R = 10 random starts, N = 30 iterations, deflation after each component; its iterations are power iterations (one T(I,v,v,v) each), the optimisers' one gradient of all d vectors each — compare them on the wall-time plots.",
                $"Recovery error: Hungarian matching over permutations and signs, largest matched distance. Recovered: error ≤ {Numbers.Format(settings.RecoveryThreshold(false))} (exact T) or ≤ {Numbers.Format(settings.RecoveryThreshold(true))} (noisy T, 2σ).",
                "Certificate: ‖grad f‖ ≤ 1e-6 and λ_min of the Riemannian Hessian (Lanczos) > 1e-6·max(1,|λ_max|) ⇒ local-min.",
            ])
            .Heading("Results")
            .Paragraph("Medians over seeds, with the error's first–third quartile. Iterations and gradient evaluations are the optimiser's own (the certificate is not counted); per run in `runs.csv`, per cell in `cells.csv`.")
            .Table(["d", "T", "method", "recovered", "median error [IQR]", "median iterations", "median gradients", "median wall [s]", "certified local-min"],
                s.Cells.Select(c => (IReadOnlyList<string>)
                [
                    c.Dimension.ToString(CultureInfo.InvariantCulture), c.Noisy ? "noisy" : "exact", c.Method, Numbers.Ratio(c.Recovered, c.Runs),
                    $"{Numbers.Format(c.MedianError)} [{Numbers.Format(c.ErrorQ1)}–{Numbers.Format(c.ErrorQ3)}]",
                    Numbers.Count(c.MedianIterations), c.Method == TensorDecompositionSettings.PowerMethod.Label ? "—" : Numbers.Count(c.MedianGradientEvaluations),
                    Numbers.Format(c.MedianSeconds), c.Method == TensorDecompositionSettings.PowerMethod.Label ? "—" : Numbers.Ratio(c.Certified, c.Runs),
                ]))
            .Heading("What we saw")
            .Bullets(Observations(s))
            .Heading("Figures");
        foreach (var (file, caption) in figures)
        {
            report.Figure(file, caption);
        }

        report.Paragraph("Per-run numbers: `runs.csv`; checkpoints: `curves.csv`; per cell: `cells.csv`.")
            .Provenance(context.Provenance)
            .Save(context.PathOf("report.md"));
        return headline;
    }

    private static IEnumerable<string> Observations(TensorDecompositionSummary s)
    {
        yield return $"{Numbers.Ratio(s.StrictSaddleEnds, s.OptimizerRuns)} optimiser runs ended at a strict saddle: Eq. 6 from a random start is benign enough that plain projected GD recovers the components too.";
        yield return $"At the recovered components of exact T the Riemannian Hessian has λ_min = {Numbers.Format(s.MedianLambdaMinAtRecoveredExact)} (median over certified runs): the minima are well conditioned.";
        string pagd = Numbers.Ratio(s.PagdCertified.Certified, s.PagdCertified.Runs), nceOff = Numbers.Ratio(s.PagdNceOffCertified.Certified, s.PagdNceOffCertified.Runs);
        yield return s.PagdCertified.Certified == s.PagdCertified.Runs
            ? $"PAGD is certified local-min in {pagd} runs (NCE off: {nceOff})."
            : $"PAGD is certified local-min in {pagd} runs (NCE off: {nceOff}); the rest end elsewhere within the cap (see runs.csv).";
        int dMax = s.Settings.Dimensions.Max();
        yield return $"With noise the minimisers of Eq. 6 move away from the clean components by O(σ): median error at d = {dMax} with noisy T — "
            + string.Join(", ", s.NoisyMedianErrors.Select(kv => $"{kv.Key} {Numbers.Format(kv.Value)}")) + ".";
    }

    private static void WriteCsv(TensorDecompositionSummary s, ReportContext context)
    {
        var runs = new CsvTable("method", "dimension", "noisy", "seed", "error", "iterations", "gradient_evaluations", "wall_seconds", "classification", "lambda_min");
        var curves = new CsvTable("method", "dimension", "noisy", "seed", "iteration", "seconds", "error");
        foreach (var r in s.Runs)
        {
            string d = r.Dimension.ToString(CultureInfo.InvariantCulture), seed = r.Seed.ToString(CultureInfo.InvariantCulture);
            runs.Row(r.Method, d, Numbers.Csv(r.Noisy), seed, Numbers.Csv(r.Error), r.Iterations.ToString(CultureInfo.InvariantCulture),
                r.GradientEvaluations.ToString(CultureInfo.InvariantCulture), Numbers.Csv(r.WallSeconds), r.Classification, Numbers.Csv(r.LambdaMin));
            foreach (var p in r.Curve)
            {
                curves.Row(r.Method, d, Numbers.Csv(r.Noisy), seed, p.Iteration.ToString(CultureInfo.InvariantCulture), Numbers.Csv(p.Seconds), Numbers.Csv(p.Error));
            }
        }

        runs.Save(context.PathOf("runs.csv"));
        curves.Save(context.PathOf("curves.csv"));
        var cells = new CsvTable("method", "dimension", "noisy", "runs", "recovered", "certified", "median_error", "q1_error", "q3_error", "median_iterations", "median_gradient_evaluations", "median_seconds");
        foreach (var c in s.Cells)
        {
            cells.Row(c.Method, c.Dimension.ToString(CultureInfo.InvariantCulture), Numbers.Csv(c.Noisy), c.Runs.ToString(CultureInfo.InvariantCulture),
                c.Recovered.ToString(CultureInfo.InvariantCulture), c.Certified.ToString(CultureInfo.InvariantCulture), Numbers.Csv(c.MedianError),
                Numbers.Csv(c.ErrorQ1), Numbers.Csv(c.ErrorQ3), Numbers.Csv(c.MedianIterations), Numbers.Csv(c.MedianGradientEvaluations), Numbers.Csv(c.MedianSeconds));
        }

        cells.Save(context.PathOf("cells.csv"));
    }

    /// <summary>Median (over seeds) error at each checkpoint, carrying a finished run's last value forward.</summary>
    private static (double[] X, double[] Error) MedianCurve(IReadOnlyList<TensorDecompositionRecord> group, bool byTime)
    {
        var iterations = group.SelectMany(r => r.Curve.Select(p => p.Iteration)).Distinct().Order().ToArray();
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (long it in iterations)
        {
            var at = group.Select(r => r.Curve.LastOrDefault(p => p.Iteration <= it, r.Curve[0])).ToArray();
            xs.Add(byTime ? Statistics.Median(at.Select(p => p.Seconds)) : it);
            ys.Add(Statistics.Median(at.Select(p => p.Error)));
        }

        return (xs.ToArray(), ys.ToArray());
    }

    private static (string, string) PlotCurves(ReportContext context, TensorDecompositionSummary s, int d, bool noisy, bool byTime)
    {
        var curves = TensorDecompositionSettings.Methods
            .Select(m => (m.Label, Group: s.Runs.Where(r => r.Method == m.Label && r.Dimension == d && r.Noisy == noisy).ToList()))
            .Where(x => x.Group.Count > 0)
            .Select(x => (x.Label, Curve: MedianCurve(x.Group, byTime)))
            .ToList();
        bool logX = byTime && Figures.WantsLogAxis(curves.SelectMany(c => c.Curve.X));
        string what = byTime ? "wall time" : "iterations";
        var plot = Figures.Create(
            $"Recovery error against {what}, d = {d}, {(noisy ? "noisy" : "exact")} T (median over {s.Settings.Seeds} seeds)",
            byTime ? $"wall time [s]{(logX ? " (log scale)" : "")} (median)" : "iterations (power method: power iterations)",
            "recovery error (log scale)");
        var palette = new ScottPlot.Palettes.Category10();
        int k = 0;
        foreach (var (label, (x, y)) in curves)
        {
            var line = plot.Add.ScatterLine(logX ? LogScale.Log10(x) : x, LogScale.Log10(y.Select(v => Math.Max(v, 1e-16))));
            line.LegendText = label;
            line.Color = palette.GetColor(k++);
            line.LineWidth = 2;
        }

        LogScale.Apply(plot.Axes.Left, curves.SelectMany(c => c.Curve.Error.Select(v => Math.Max(v, 1e-16))));
        if (logX)
        {
            LogScale.Apply(plot.Axes.Bottom, curves.SelectMany(c => c.Curve.X));
        }

        string file = $"error-vs-{(byTime ? "time" : "iterations")}-d{d}-{(noisy ? "noisy" : "exact")}.png";
        Figures.Save(plot, context.PathOf(file), 900, 480);
        return (file, $"recovery error against {what}, d = {d}, {(noisy ? "noisy" : "exact")} T");
    }
}
