using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Problems;
using System.Globalization;

namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>Writes the spin-glass report: runs.csv, points.csv, index-vs-energy.png, energy-histogram.png, report.md.</summary>
internal static class SpinGlassReport
{
    public static string Write(SpinGlassSummary s, ReportContext context)
    {
        SaveCsv(s, context);
        PlotIndexAgainstEnergy(context.PathOf("index-vs-energy.png"), s);
        PlotHistogram(context.PathOf("energy-histogram.png"), s);
        double threshold = SphericalSpinGlass.ThresholdEnergy;
        int converged = s.Runs.Count(r => r.Converged);
        string headline = $"N = {s.Settings.Spins}: {s.Points.Count} distinct critical points from {s.Runs.Count} starts ({converged} polished); "
            + $"lowest energy per spin {SpinGlassExperiment.Format(s.Lowest)} (E∞ = {SpinGlassExperiment.Format(threshold)}, ground state ≈ {Numbers.Format(SphericalSpinGlass.GroundStateEnergy, 4)}); "
            + $"{Numbers.Ratio(s.MinimaBelowThreshold.Below, s.MinimaBelowThreshold.All)} distinct local minima below E∞";
        var report = new MarkdownReport("Critical points of the spherical 3-spin glass (Auffinger, Ben Arous & Černý 2013)")
            .Paragraph($"**Result.** {headline}.")
            .Verdicts(Verdicts(s))
            .Heading("Settings")
            .Bullets(
            [
                $"One instance: N = {s.Settings.Spins}, couplings J_ijk i.i.d. N(0, 1) from seed {s.Settings.BaseSeed}; energy per spin H/N = N^(−1/2)·J(x, x, x) on the unit sphere (σ = √N·x).",
                $"{s.Settings.Starts} starts uniform on the sphere, each followed by {string.Join(", ", s.Settings.DescentSteps)} steps (cycled) of Riemannian gradient descent with η = {Numbers.Format(s.Settings.StepSize)}, then Levenberg–Marquardt on ½‖grad‖² (at most {s.Settings.MaxIterations} steps) to ‖grad‖ ≤ 1e-10; index and nullity from the whole tangent spectrum (zero: |λ| ≤ 1e-6·max(1, |λ_max|)); points closer than 1e-6 are one.",
                "Reference values per spin for p = 3 as N → ∞: ground state ≈ −1.657 (Crisanti & Sommers 1992); threshold E∞ = −2√(2/3) ≈ −1.633, below which local minima concentrate and above which the critical points of index k sit in bands of increasing energy (Auffinger, Ben Arous & Černý 2013).",
            ])
            .Heading("Index against energy")
            .Figure("index-vs-energy.png", "Morse index of each distinct critical point against its energy per spin")
            .Figure("energy-histogram.png", "energy per spin of the distinct critical points, by index")
            .Table(["index", "distinct points", "mean H/N", "lowest H/N", "highest H/N"],
                s.Points.GroupBy(p => p.Index).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)[g.Key.ToString(CultureInfo.InvariantCulture), g.Count().ToString(CultureInfo.InvariantCulture),
                    SpinGlassExperiment.Format(g.Average(p => p.Energy)), SpinGlassExperiment.Format(g.Min(p => p.Energy)), SpinGlassExperiment.Format(g.Max(p => p.Energy))]))
            .Heading("Where the starts went")
            .Table(["descent steps", "starts", "polished", "median H/N after descent", "median H/N at the critical point", "median index"],
                s.Runs.GroupBy(r => r.DescentSteps).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)[
                    g.Key.ToString(CultureInfo.InvariantCulture), g.Count().ToString(CultureInfo.InvariantCulture), g.Count(r => r.Converged).ToString(CultureInfo.InvariantCulture),
                    SpinGlassExperiment.Format(Statistics.Median(g.Select(r => r.EnergyAfterDescent))),
                    g.Any(r => r.Converged) ? SpinGlassExperiment.Format(Statistics.Median(g.Where(r => r.Converged).Select(r => r.Energy))) : "—",
                    g.Any(r => r.Converged) ? Numbers.Format(Statistics.Median(g.Where(r => r.Converged).Select(r => (double)r.Index))) : "—"]))
            .Heading("What we saw")
            .Bullets(Observations(s))
            .Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return headline;
    }

    private static IEnumerable<ClaimVerdict> Verdicts(SpinGlassSummary s)
    {
        var populated = s.MeanEnergyByIndex.Where(kv => kv.Value.Count >= 3).ToList();
        yield return new ClaimVerdict("Critical points of index k lie in bands of energy increasing with k (Auffinger, Ben Arous & Černý 2013)",
            populated.Count < 2 ? Verdict.Inconclusive : s.BandsOrdered ? Verdict.Reproduces : Verdict.DoesNotReproduce,
            string.Join("; ", populated.Select(kv => $"index {kv.Key}: mean {SpinGlassExperiment.Format(kv.Value.Mean)} ({kv.Value.Count} points)")));

        var (below, all) = s.MinimaBelowThreshold;
        yield return new ClaimVerdict($"Local minima concentrate below E∞ = {SpinGlassExperiment.Format(SphericalSpinGlass.ThresholdEnergy)} (as N → ∞; this is one instance at finite N)",
            all == 0 ? Verdict.Inconclusive : 2 * below >= all ? Verdict.Reproduces : below > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
            $"{Numbers.Ratio(below, all)} distinct local minima below E∞");

        double gap = Math.Abs(s.Lowest - SphericalSpinGlass.GroundStateEnergy);
        yield return new ClaimVerdict($"The lowest critical energy is near the ground state ≈ {Numbers.Format(SphericalSpinGlass.GroundStateEnergy, 4)} (N → ∞ value; finite instances fluctuate)",
            double.IsNaN(s.Lowest) ? Verdict.Inconclusive : gap <= 0.05 ? Verdict.Reproduces : gap <= 0.15 ? Verdict.Partly : Verdict.DoesNotReproduce,
            $"lowest found {SpinGlassExperiment.Format(s.Lowest)}, {Numbers.Format(gap, 2)} from −1.657");
    }

    private static IEnumerable<string> Observations(SpinGlassSummary s)
    {
        int failed = s.Runs.Count(r => !r.Converged);
        if (failed > 0)
        {
            yield return $"{failed} of {s.Runs.Count} starts were not polished to ‖grad‖ ≤ 1e-10 within the step budget (they are left out).";
        }

        int degenerate = s.Points.Count(p => p.Nullity > 0);
        yield return $"{degenerate} of the {s.Points.Count} distinct points have a near-zero Hessian eigenvalue.";
        var repeated = s.Points.Where(p => p.Hits > 1).ToList();
        yield return $"{repeated.Count} distinct points were reached from more than one start (at most {(repeated.Count == 0 ? 1 : repeated.Max(p => p.Hits))} times).";
        yield return "Newton-type polishing converges to the critical point nearest in its own geometry, not to minima: from uniform starts it finds high-index saddles near H/N ≈ 0; the gradient-descent prefix is what brings low indices into view, so the counts per index reflect the search, not the landscape's complexity.";
    }

    private static void SaveCsv(SpinGlassSummary s, ReportContext context)
    {
        var runs = new CsvTable("start", "descent_steps", "energy_after_descent", "converged", "energy", "index", "nullity");
        foreach (var r in s.Runs)
        {
            runs.Row(Cell(r.Start), Cell(r.DescentSteps), Numbers.Csv(r.EnergyAfterDescent), Numbers.Csv(r.Converged), Numbers.Csv(r.Energy), Cell(r.Index), Cell(r.Nullity));
        }

        runs.Save(context.PathOf("runs.csv"));
        var points = new CsvTable("energy", "index", "nullity", "hits");
        foreach (var p in s.Points)
        {
            points.Row(Numbers.Csv(p.Energy), Cell(p.Index), Cell(p.Nullity), Cell(p.Hits));
        }

        points.Save(context.PathOf("points.csv"));
    }

    private static string Cell(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void PlotIndexAgainstEnergy(string path, SpinGlassSummary s)
    {
        var plot = Figures.Create($"Spherical 3-spin glass, N = {s.Settings.Spins}: index of each critical point against its energy", "energy per spin H/N", "Morse index");
        if (s.Points.Count > 0)
        {
            var marks = plot.Add.Markers(s.Points.Select(p => p.Energy).ToArray(), s.Points.Select(p => (double)p.Index).ToArray(), ScottPlot.MarkerShape.FilledCircle, 5);
            marks.LegendText = "distinct critical points";
        }

        AddReference(plot, SphericalSpinGlass.ThresholdEnergy, "E∞ = −2√(2/3)", ScottPlot.LinePattern.Dashed);
        AddReference(plot, SphericalSpinGlass.GroundStateEnergy, "ground state ≈ −1.657 (N → ∞)", ScottPlot.LinePattern.Dotted);
        Figures.Save(plot, path);
    }

    private static void PlotHistogram(string path, SpinGlassSummary s)
    {
        var plot = Figures.Create($"Spherical 3-spin glass, N = {s.Settings.Spins}: energies of the distinct critical points by index", "energy per spin H/N", "distinct critical points per bin");
        if (s.Points.Count > 0)
        {
            double lo = s.Points.Min(p => p.Energy), hi = s.Points.Max(p => p.Energy);
            int bins = 30;
            double width = Math.Max(hi - lo, 1e-9) / bins;
            var centres = Enumerable.Range(0, bins).Select(b => lo + ((b + 0.5) * width)).ToArray();
            foreach (var group in s.Points.GroupBy(p => Math.Min(p.Index, 5)).OrderBy(g => g.Key))
            {
                var counts = new double[bins];
                foreach (var p in group)
                {
                    counts[Math.Min(bins - 1, (int)((p.Energy - lo) / width))]++;
                }

                var line = plot.Add.Scatter(centres, counts);
                line.LegendText = group.Key < 5 ? $"index {group.Key}" : "index ≥ 5";
                line.ConnectStyle = ScottPlot.ConnectStyle.StepVertical;
            }
        }

        AddReference(plot, SphericalSpinGlass.ThresholdEnergy, "E∞", ScottPlot.LinePattern.Dashed);
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
