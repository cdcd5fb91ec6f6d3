using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Problems;
using System.Globalization;

namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>Writes the spin-glass report: runs.csv, points.csv, per N index-vs-energy-N*.png and energy-histogram-N*.png, energies-vs-n.png (two N or more), report.md; it renders the verdicts the analysis decided.</summary>
internal static class SpinGlassReport
{
    public static string Write(SpinGlassSummary s, ReportContext context)
    {
        SaveCsv(s, context);
        foreach (var cell in s.Cells)
        {
            PlotIndexAgainstEnergy(context.PathOf(FigureName("index-vs-energy", cell)), cell);
            PlotHistogram(context.PathOf(FigureName("energy-histogram", cell)), cell);
        }

        if (s.Cells.Count >= 2)
        {
            PlotTrend(context.PathOf("energies-vs-n.png"), s);
        }

        double threshold = SphericalSpinGlass.ThresholdEnergy;
        string headline = string.Join("; ", s.Cells.Select(c => $"N = {c.Spins}: {c.Points.Count} distinct critical points from {c.Runs.Count} starts ({c.Runs.Count(r => r.Converged)} polished), "
            + $"lowest H/N {SpinGlassExperiment.Format(c.Lowest)}, {Numbers.Ratio(c.MinimaBelowThreshold.Below, c.MinimaBelowThreshold.All)} distinct minima below E∞"))
            + $" (E∞ = {SpinGlassExperiment.Format(threshold)}, ground state ≈ {Numbers.Format(SphericalSpinGlass.GroundStateEnergy, 4)} as N → ∞)";
        var report = new MarkdownReport("Critical points of the spherical 3-spin glass (Auffinger, Ben Arous & Černý 2013)")
            .Paragraph($"**Result.** {headline}.")
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Bullets(
            [
                $"One instance per N (N = {string.Join(", ", s.Settings.Spins)}): couplings J_ijk i.i.d. N(0, 1) from seed {s.Settings.BaseSeed}; energy per spin H/N = N^(−1/2)·J(x, x, x) on the unit sphere (σ = √N·x).",
                $"{s.Settings.Starts} starts per N uniform on the sphere, each followed by {string.Join(", ", s.Settings.DescentSteps)} steps (cycled) of Riemannian gradient descent with η = {Numbers.Format(s.Settings.StepSize)}, then Levenberg–Marquardt on ½‖grad‖² (at most {s.Settings.MaxIterations} steps; the Hessian −6·T(·,·,x) as one contraction) to ‖grad‖ ≤ 1e-10; index and nullity from the whole tangent spectrum (zero: |λ| ≤ 1e-6·max(1, |λ_max|)); points closer than 1e-6 are one.",
                "Reference values per spin for p = 3 as N → ∞: ground state ≈ −1.657 (Crisanti & Sommers 1992); threshold E∞ = −2√(2/3) ≈ −1.633, below which local minima concentrate and above which the critical points of index k sit in bands of increasing energy (Auffinger, Ben Arous & Černý 2013).",
            ])
            .Heading("Across N")
            .Table(["N", "starts", "polished", "distinct points", "distinct minima", "minima below E∞", "mean minimum H/N", "lowest H/N"],
                s.Cells.Select(c => (IReadOnlyList<string>)[Cell(c.Spins), Cell(c.Runs.Count), Cell(c.Runs.Count(r => r.Converged)), Cell(c.Points.Count),
                    Cell(c.MinimaBelowThreshold.All), Cell(c.MinimaBelowThreshold.Below), SpinGlassExperiment.Format(c.MeanMinimumEnergy), SpinGlassExperiment.Format(c.Lowest)]));
        if (s.Cells.Count >= 2)
        {
            report.Figure("energies-vs-n.png", "lowest energy and mean local-minimum energy per spin against N, with E∞ and the N → ∞ ground state");
        }

        foreach (var c in s.Cells)
        {
            report.Heading($"N = {c.Spins}: index against energy")
                .Figure(FigureName("index-vs-energy", c), $"Morse index of each distinct critical point against its energy per spin, N = {c.Spins}")
                .Figure(FigureName("energy-histogram", c), $"energy per spin of the distinct critical points, by index, N = {c.Spins}")
                .Table(["index", "distinct points", "mean H/N", "lowest H/N", "highest H/N"],
                    c.Points.GroupBy(p => p.Index).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)[Cell(g.Key), Cell(g.Count()),
                        SpinGlassExperiment.Format(g.Average(p => p.Energy)), SpinGlassExperiment.Format(g.Min(p => p.Energy)), SpinGlassExperiment.Format(g.Max(p => p.Energy))]))
                .Table(["descent steps", "starts", "polished", "median H/N after descent", "median H/N at the critical point", "median index"],
                    c.Runs.GroupBy(r => r.DescentSteps).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)[
                        Cell(g.Key), Cell(g.Count()), Cell(g.Count(r => r.Converged)),
                        SpinGlassExperiment.Format(Statistics.Median(g.Select(r => r.EnergyAfterDescent))),
                        g.Any(r => r.Converged) ? SpinGlassExperiment.Format(Statistics.Median(g.Where(r => r.Converged).Select(r => r.Energy))) : "—",
                        g.Any(r => r.Converged) ? Numbers.Format(Statistics.Median(g.Where(r => r.Converged).Select(r => (double)r.Index))) : "—"]));
        }

        report.Heading("What we saw")
            .Bullets(Observations(s))
            .Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return headline;
    }

    /// <summary>"index-vs-energy-N64.png".</summary>
    private static string FigureName(string stem, SpinGlassCell cell) => $"{stem}-N{cell.Spins}.png";

    private static IEnumerable<string> Observations(SpinGlassSummary s)
    {
        foreach (var c in s.Cells)
        {
            int failed = c.Runs.Count(r => !r.Converged);
            var repeated = c.Points.Where(p => p.Hits > 1).ToList();
            yield return $"N = {c.Spins}: {failed} of {c.Runs.Count} starts were not polished to ‖grad‖ ≤ 1e-10 within the step budget (left out); "
                + $"{c.Points.Count(p => p.Nullity > 0)} of the {c.Points.Count} distinct points have a near-zero Hessian eigenvalue; "
                + $"{repeated.Count} distinct points were reached from more than one start (at most {(repeated.Count == 0 ? 1 : repeated.Max(p => p.Hits))} times).";
        }

        yield return "Newton-type polishing converges to the critical point nearest in its own geometry, not to minima: from uniform starts it finds high-index saddles near H/N ≈ 0; the gradient-descent prefix is what brings low indices into view, so the counts per index reflect the search, not the landscape's complexity.";
    }

    private static void SaveCsv(SpinGlassSummary s, ReportContext context)
    {
        var runs = new CsvTable("spins", "start", "descent_steps", "energy_after_descent", "converged", "energy", "index", "nullity");
        var points = new CsvTable("spins", "energy", "index", "nullity", "hits");
        foreach (var c in s.Cells)
        {
            foreach (var r in c.Runs)
            {
                runs.Row(Cell(c.Spins), Cell(r.Start), Cell(r.DescentSteps), Numbers.Csv(r.EnergyAfterDescent), Numbers.Csv(r.Converged), Numbers.Csv(r.Energy), Cell(r.Index), Cell(r.Nullity));
            }

            foreach (var p in c.Points)
            {
                points.Row(Cell(c.Spins), Numbers.Csv(p.Energy), Cell(p.Index), Cell(p.Nullity), Cell(p.Hits));
            }
        }

        runs.Save(context.PathOf("runs.csv"));
        points.Save(context.PathOf("points.csv"));
    }

    private static string Cell(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void PlotIndexAgainstEnergy(string path, SpinGlassCell c)
    {
        var plot = Figures.Create($"Spherical 3-spin glass, N = {c.Spins}: index of each critical point against its energy", "energy per spin H/N", "Morse index");
        if (c.Points.Count > 0)
        {
            var marks = plot.Add.Markers(c.Points.Select(p => p.Energy).ToArray(), c.Points.Select(p => (double)p.Index).ToArray(), ScottPlot.MarkerShape.FilledCircle, 5);
            marks.LegendText = "distinct critical points";
        }

        AddReference(plot, SphericalSpinGlass.ThresholdEnergy, "E∞ = −2√(2/3)", ScottPlot.LinePattern.Dashed);
        AddReference(plot, SphericalSpinGlass.GroundStateEnergy, "ground state ≈ −1.657 (N → ∞)", ScottPlot.LinePattern.Dotted);
        Figures.Save(plot, path);
    }

    private static void PlotHistogram(string path, SpinGlassCell c)
    {
        var plot = Figures.Create($"Spherical 3-spin glass, N = {c.Spins}: energies of the distinct critical points by index", "energy per spin H/N", "distinct critical points per bin");
        if (c.Points.Count > 0)
        {
            double lo = c.Points.Min(p => p.Energy), hi = c.Points.Max(p => p.Energy);
            int bins = 30;
            double width = Math.Max(hi - lo, 1e-9) / bins;
            var centers = Enumerable.Range(0, bins).Select(b => lo + ((b + 0.5) * width)).ToArray();
            foreach (var group in c.Points.GroupBy(p => Math.Min(p.Index, 5)).OrderBy(g => g.Key))
            {
                var counts = new double[bins];
                foreach (var p in group)
                {
                    counts[Math.Min(bins - 1, (int)((p.Energy - lo) / width))]++;
                }

                var line = plot.Add.Scatter(centers, counts);
                line.LegendText = group.Key < 5 ? $"index {group.Key}" : "index ≥ 5";
                line.ConnectStyle = ScottPlot.ConnectStyle.StepVertical;
            }
        }

        AddReference(plot, SphericalSpinGlass.ThresholdEnergy, "E∞", ScottPlot.LinePattern.Dashed);
        Figures.Save(plot, path);
    }

    private static void PlotTrend(string path, SpinGlassSummary s)
    {
        var plot = Figures.Create("Spherical 3-spin glass: lowest and mean local-minimum energy per spin against N", "N", "energy per spin H/N");
        var n = s.Cells.Select(c => (double)c.Spins).ToArray();
        var lowest = plot.Add.Scatter(n, s.Cells.Select(c => c.Lowest).ToArray());
        lowest.LegendText = "lowest critical energy found";
        var mean = plot.Add.Scatter(n, s.Cells.Select(c => c.MeanMinimumEnergy).ToArray());
        mean.LegendText = "mean energy of the distinct local minima";
        foreach (var (y, label, pattern) in new[] { (SphericalSpinGlass.ThresholdEnergy, "E∞ = −2√(2/3)", ScottPlot.LinePattern.Dashed), (SphericalSpinGlass.GroundStateEnergy, "ground state ≈ −1.657 (N → ∞)", ScottPlot.LinePattern.Dotted) })
        {
            var line = plot.Add.HorizontalLine(y);
            line.LinePattern = pattern;
            line.Color = ScottPlot.Colors.Gray;
            line.LegendText = label;
        }

        Figures.Save(plot, path);
    }

    private static void AddReference(ScottPlot.Plot plot, double x, string label, ScottPlot.LinePattern pattern)
    {
        var line = plot.Add.VerticalLine(x);
        line.LinePattern = pattern;
        line.Color = ScottPlot.Colors.Gray;
        line.LegendText = label;
    }
}
