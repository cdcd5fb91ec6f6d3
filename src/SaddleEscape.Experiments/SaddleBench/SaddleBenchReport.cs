using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using System.Globalization;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>
/// Renders a <see cref="SaddleBenchSummary"/>: report.md (ranking and false-success tables first, then the figures, the
/// per-family sections, the solver settings per instance and provenance), targets.csv and targets.parquet (one row per
/// (run, target)), runs.csv, and the PNGs (runtime ECDFs, performance and data profiles, octopus growth).
/// </summary>
internal static class SaddleBenchReport
{
    /// <summary>The CSV's first columns, exactly in this order.</summary>
    public static readonly string[] TargetColumns =
    [
        "suite_version", "family", "dimension", "instance", "start", "solver", "target_kind", "target", "reached", "cost",
        "gradient_evaluations", "hvp_evaluations", "function_evaluations", "wall_seconds", "false_success",
    ];

    private static readonly string[] ExtraColumns =
    [
        "point_length", "seed", "budget", "outcome", "claims_convergence", "alternative_cost", "stochastic_gradients", "run_cost",
        "final_gap", "final_grad_norm", "final_lambda_min", "classification", "rho",
    ];

    public static string Write(SaddleBenchSummary s, ReportContext context)
    {
        WriteTables(s, context);
        IohProfilerExport.Write(s.Records, context.PathOf("iohprofiler"));
        CocoExport.Write(s.Records, context.PathOf("coco"));
        var solvers = s.Ranking.Select(r => r.Solver).ToList();
        var families = s.Records.Select(r => r.Family).Distinct().ToList();
        EcdfFigure(context.PathOf("ecdf.png"), "Runtime ECDF, all families: share of (run, target) pairs reached", s.Ecdfs.Where(c => c.Scope == "all").ToList(), "cost / n (gradient-equivalents per coordinate, log scale)");
        foreach (var f in families)
        {
            EcdfFigure(context.PathOf($"ecdf-{f}.png"), $"Runtime ECDF, {f}", s.Ecdfs.Where(c => c.Scope == f).ToList(), "cost / n (log scale)");
        }

        EcdfFigure(context.PathOf("performance-profile.png"), "Dolan–Moré performance profile ρ_s(τ)", s.PerformanceProfiles, "τ: cost ÷ the best solver's cost (log scale)");
        EcdfFigure(context.PathOf("data-profile.png"), "Moré–Wild data profile d_s(α)", s.DataProfiles, "α: budget in units of (n + 1) gradient-equivalents (log scale)");
        var octopus = s.OctopusFits.Where(f => f.Cost.Any(double.IsFinite)).ToList();
        if (octopus.Count > 0)
        {
            MedianCurvesFigure.Save(context.PathOf("octopus-growth.png"), "Octopus: median cost to f − f* ≤ 1e-2 from random starts", "dimension d", "gradient-equivalents (log scale)",
                [.. octopus.Select(f => new MedianCurve(f.Solver, [.. f.X.Select((x, i) => new MedianPoint(x, f.Cost[i], double.NaN, double.NaN))], s.Records.Where(r => r.Family == "octopus").Max(r => r.Budget)))]);
        }

        var report = new MarkdownReport("SaddleBench: escaping saddles, measured and certified")
            .Paragraph($"**Result.** {s.Headline}.")
            .Paragraph($"Suite `{s.Settings.Suite}`, version `{BenchSuite.Version}`; {s.Records.Count} runs ({Numbers.Format(s.CpuSeconds)} CPU-seconds in the runs). Success is decided by the harness, never the solver: a target is reached at the first oracle call after which the harness's check holds; a convergence claim at a point that is not a (10⁻³, √(ρ·10⁻³)) second-order point is a **false success**. How it is measured: `docs/saddlebench.md`.")
            .Heading("Ranking")
            .Paragraph("Score: the area under the runtime ECDF pooled over every (run, target) pair — the mean of 1 − log(1 + c/(n+1)) / log(1 + B/(n+1)) over pairs reached at cost c, 0 for pairs missed (B the budget). Primary cost: every call one gradient-equivalent; alternative: value ½, HVP 2. Certified: runs that reached the 10⁻³ second-order target. "
                + (s.RankingChangesUnderAlternative ? "**The alternative weights change the ranking** (the alternative rank column)." : "The alternative weights do not change the order."))
            .Table(["rank", "solver", "score", "alt. rank", "alt. score", "certified", "claims", "false successes"],
                s.Ranking.Select(r => (IReadOnlyList<string>)[I(r.Rank), $"`{r.Solver}`", Numbers.Format(r.Score), I(r.AlternativeRank), Numbers.Format(r.AlternativeScore), Numbers.Ratio(r.Certified, r.Runs), I(r.Claims), I(r.FalseSuccesses)]))
            .Heading("False successes")
            .Paragraph($"Per (solver, family, start) with at least one false success: claims, and claims at points the certificate rejects (with the certificate's classification of those points). Every other claim — {s.FalseSuccesses.Where(f => f.FalseSuccesses == 0).Sum(f => f.Claims)} of them — is certified.")
            .Table(["solver", "family", "start", "runs", "claims", "false successes", "where"],
                s.FalseSuccesses.Where(f => f.FalseSuccesses > 0).OrderByDescending(f => f.FalseSuccesses).ThenBy(f => f.Solver, StringComparer.Ordinal)
                    .Select(f => (IReadOnlyList<string>)[$"`{f.Solver}`", f.Family, f.Start, I(f.Runs), I(f.Claims), I(f.FalseSuccesses), f.Classifications]))
            .Heading("Figures")
            .Figure("ecdf.png", "runtime ECDF over all families and targets")
            .Figure("performance-profile.png", "performance profile over every (instance, start, target)")
            .Figure("data-profile.png", "data profile over every (instance, start, target)");
        if (octopus.Count > 0)
        {
            report.Figure("octopus-growth.png", "median cost against d on the octopus (open triangles: the median run missed)");
        }

        report.Paragraph("Profiles: a problem is a (family, dimension, instance, start, target); its cost for a solver is the primary cost at the first hit. ρ_s(τ): share of problems with cost ≤ τ × the best solver's (a problem no solver reached is a failure for every solver, r_M = ∞, not drawn). d_s(α): share with cost ≤ α(n + 1).")
            .Heading("Growth with the dimension (octopus) and with 1/ε")
            .Table(["solver", "fit", "costs"], s.OctopusFits.Select(f => (IReadOnlyList<string>)[$"`{f.Solver}`", f.Statement, Costs(f)]))
            .Paragraph("From the quadratic saddle's exact saddle, median cost to the ε-second-order point against 1/ε (ε = 10⁻² … 10⁻⁶), fitted in log–log, beside the theory where there is one (Jin et al. 2017: Õ(ε⁻²) for PGD; cubic regularisation: O(ε^{-3/2})):")
            .Table(["solver", "fit", "costs"], s.EpsilonFits.Select(f => (IReadOnlyList<string>)[$"`{f.Solver}`", f.Statement, Costs(f)]));
        foreach (var f in families)
        {
            var runs = s.Records.Where(r => r.Family == f).ToList();
            report.Heading($"Family {f}")
                .Paragraph($"Dimensions {string.Join(", ", runs.Select(r => r.Dimension).Distinct())}; starts {string.Join(", ", runs.Select(r => r.Start).Distinct())}; {runs.Count} runs. ρ of the targets: {string.Join(", ", runs.Select(r => r.Rho).Distinct().Take(6).Select(v => Numbers.Format(v)))}{(runs.Select(r => r.Rho).Distinct().Count() > 6 ? ", …" : "")}.")
                .Figure($"ecdf-{f}.png", $"runtime ECDF on {f}")
                .Paragraph("Success rate, false-success rate and ERT [95 % bootstrap interval] at the (10⁻³, √(ρ·10⁻³)) second-order target, per dimension (every target: `cells.csv`):")
                .Table(["solver", "d", "success", "false success", "ERT [95 %]"],
                    s.Cells.Where(c => c.Family == f && c.TargetKind == BenchTargetKinds.SecondOrder && c.Target == BenchSuite.ClaimTolerance)
                        .OrderBy(c => solvers.IndexOf(c.Solver)).ThenBy(c => c.Dimension)
                        .Select(c => (IReadOnlyList<string>)[$"`{c.Solver}`", I(c.Dimension), Numbers.Ratio(c.Successes, c.Runs), Numbers.Ratio(c.FalseSuccesses, c.Runs), Ert(c)]));
        }

        report.Heading("Instances")
            .Paragraph($"Suite version `{BenchSuite.Version}`: an instance is the same bits wherever it is built (the hash is SHA-256 of its starts, f* and f, ∇f at probe points).")
            .Table(["family", "d", "#", "n", "f*", "ℓ", "ρ", "source of ℓ, ρ", "symmetry", "hash"],
                s.Instances.Select(i => (IReadOnlyList<string>)[i.Family, I(i.Dimension), I(i.Instance), I(i.PointLength), i.KnownMinimum is { } f ? Numbers.Format(f, 6) : "unknown",
                    Numbers.Format(i.GradientLipschitz), Numbers.Format(i.HessianLipschitz), i.SmoothnessSource, i.Symmetry, $"`{i.Hash}`"]))
            .Paragraph("f*: " + string.Join("; ", s.Instances.Select(i => $"{i.Family}: {i.KnownMinimumSource}").Distinct()) + ".");
        report.Heading("Solver settings per instance")
            .Table(["solver", "family", "d", "settings"],
                s.Records.GroupBy(r => (r.Solver, r.Family, r.Dimension)).Select(g => (IReadOnlyList<string>)[$"`{g.Key.Solver}`", g.Key.Family, I(g.Key.Dimension), g.First().SolverDescription]))
            .Heading("Data")
            .Bullets(
            [
                "`targets.csv` / `targets.parquet`: one row per (run, target), columns " + string.Join(", ", TargetColumns.Select(c => $"`{c}`")) + ", then " + string.Join(", ", ExtraColumns.Select(c => $"`{c}`")) + ". Counts and cost are at the first hit (empty when not reached); `run_cost` is the run's whole cost.",
                "`runs.csv`: one row per run; `cells.csv`: per (solver, family, dimension, target).",
                "`iohprofiler/SOLVER/`: the second-order targets in IOHprofiler's two-column format for IOHanalyzer (function = family, instance = its number, 1000 + it for exact-saddle starts, evaluations = primary cost, best-so-far f(x) = the smallest ε reached; docs/saddlebench.md).",
                "`coco/SOLVER/`: the value targets in COCO's bbob text format for cocopp (`bbobexp_f{id}.info`, `data_f{id}/*.dat` target-triggered and `*.tdat` cost-triggered; funcId = family, DIM = n, evaluations = primary cost, best f − Fopt from the harness's log; families without f* are not written; docs/saddlebench.md).",
            ])
            .Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return s.Headline;
    }

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Ert(SaddleBenchCell c) => double.IsFinite(c.Ert)
        ? $"{Numbers.Format(c.Ert)} [{Numbers.Format(c.ErtLow)}, {(double.IsFinite(c.ErtHigh) ? Numbers.Format(c.ErtHigh) : "∞")}]"
        : "∞";

    private static string Costs(SaddleBenchFit f) => string.Join("; ", f.X.Select((x, i) => $"{Numbers.Format(x)}: {(double.IsFinite(f.Cost[i]) ? Numbers.Format(f.Cost[i]) : "missed")}"));

    /// <summary>The (run, target) rows: the exact columns of <see cref="TargetColumns"/>, then the extra ones.</summary>
    public static IEnumerable<object?[]> TargetRows(IEnumerable<BenchRecord> records)
    {
        foreach (var r in records)
        {
            foreach (var h in r.Hits)
            {
                var at = h.At;
                yield return
                [
                    r.SuiteVersion, r.Family, (long)r.Dimension, (long)r.Instance, r.Start, r.Solver, h.Target.Kind, h.Target.Level, h.Reached,
                    at?.Cost, at?.Gradients, at?.HessianVectorProducts, at?.Values, at?.WallSeconds, r.FalseSuccess,
                    (long)r.PointLength, (long)r.Seed, r.Budget, r.Outcome, r.ClaimsConvergence, at?.AlternativeCost, at?.StochasticGradients, r.Counts.Cost,
                    r.FinalGap, r.FinalGradientNorm, r.FinalLambdaMin, r.Classification, r.Rho,
                ];
            }
        }
    }

    private static void WriteTables(SaddleBenchSummary s, ReportContext context)
    {
        string[] columns = [.. TargetColumns, .. ExtraColumns];
        var csv = new CsvTable(columns);
        var flat = new FlatTable();
        foreach (var row in TargetRows(s.Records))
        {
            csv.Row([.. row.Select(FlatTable.CsvCell)]);
            flat.Add([], [.. columns.Select((c, i) => (c, row[i]))]);
        }

        csv.Save(context.PathOf("targets.csv"));
        ResultsExport.WriteParquet(flat, context.PathOf("targets.parquet"));

        var runs = new CsvTable("suite_version", "family", "dimension", "point_length", "instance", "start", "solver", "seed", "budget", "outcome", "claims_convergence", "false_success",
            "cost", "alternative_cost", "function_evaluations", "gradient_evaluations", "hvp_evaluations", "stochastic_gradients", "final_value", "final_gap", "final_grad_norm",
            "final_lambda_min", "classification", "lanczos_runs", "certificate_hvps", "wall_seconds", "detail");
        foreach (var r in s.Records)
        {
            var c = r.Counts;
            runs.Row(r.SuiteVersion, r.Family, I(r.Dimension), I(r.PointLength), I(r.Instance), r.Start, r.Solver, I(r.Seed), I(r.Budget), r.Outcome, Numbers.Csv(r.ClaimsConvergence), Numbers.Csv(r.FalseSuccess),
                I(c.Cost), Numbers.Csv(c.AlternativeCost), I(c.Values), I(c.Gradients), I(c.HessianVectorProducts), I(c.StochasticGradients), Numbers.Csv(r.FinalValue), Numbers.Csv(r.FinalGap),
                Numbers.Csv(r.FinalGradientNorm), Numbers.Csv(r.FinalLambdaMin), r.Classification, I(r.LanczosRuns), I(r.CertificateHessianVectorProducts), Numbers.Csv(c.WallSeconds), r.Detail ?? "");
        }

        runs.Save(context.PathOf("runs.csv"));
        var cells = new CsvTable("solver", "family", "dimension", "target_kind", "target", "runs", "successes", "success_rate", "false_successes", "false_success_rate", "ert", "ert_low", "ert_high");
        foreach (var c in s.Cells)
        {
            cells.Row(c.Solver, c.Family, I(c.Dimension), c.TargetKind, Numbers.Csv(c.Target), I(c.Runs), I(c.Successes), Numbers.Csv(c.SuccessRate), I(c.FalseSuccesses), Numbers.Csv(c.FalseSuccessRate),
                Numbers.Csv(c.Ert), Numbers.Csv(c.ErtLow), Numbers.Csv(c.ErtHigh));
        }

        cells.Save(context.PathOf("cells.csv"));
    }

    /// <summary>Step curves on a log x axis, one per solver (colours from Category 20; line styles cycle so that 15+ stay apart).</summary>
    private static void EcdfFigure(string path, string title, IReadOnlyList<SaddleBenchCurve> curves, string xLabel)
    {
        var plot = Figures.Create(title, xLabel, "fraction");
        var palette = new ScottPlot.Palettes.Category20();
        var data = new List<double>();
        for (int k = 0; k < curves.Count; k++)
        {
            var c = curves[k];
            var xs = new List<double>();
            var ys = new List<double>();
            double previous = 0;
            for (int i = 0; i < c.X.Count; i++)
            {
                double x = Math.Max(c.X[i], 1e-3);
                xs.Add(Math.Log10(x));
                ys.Add(previous);
                xs.Add(Math.Log10(x));
                ys.Add(c.Y[i]);
                previous = c.Y[i];
                data.Add(x);
            }

            if (xs.Count == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            line.LegendText = c.Solver;
            line.Color = palette.GetColor(k);
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LinePattern = (k / 10) switch { 0 => ScottPlot.LinePattern.Solid, 1 => ScottPlot.LinePattern.Dashed, _ => ScottPlot.LinePattern.Dotted };
        }

        if (data.Count > 0)
        {
            LogScale.Apply(plot.Axes.Bottom, data);
        }

        plot.Axes.SetLimitsY(0, 1.02);
        Figures.Save(plot, path);
    }
}
