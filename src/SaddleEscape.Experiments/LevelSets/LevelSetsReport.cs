using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using System.Globalization;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>Writes the level-sets report: runs.csv, cells.csv, geodesic-length.png, report.md.</summary>
internal static class LevelSetsReport
{
    public static string Write(LevelSetsSummary s, ReportContext context)
    {
        var runs = new CsvTable("model", "level", "pair", "end_points_reached", "connected", "normalised_length", "max_energy_over_level", "beads", "distance");
        foreach (var r in s.Runs)
        {
            runs.Row(r.Model, Numbers.Csv(r.Level), r.Pair.ToString(CultureInfo.InvariantCulture), Numbers.Csv(r.EndPointsReached), Numbers.Csv(r.Connected),
                Numbers.Csv(r.NormalizedLength), Numbers.Csv(r.MaxEnergyOverLevel), r.Beads.ToString(CultureInfo.InvariantCulture), Numbers.Csv(r.Distance));
        }

        runs.Save(context.PathOf("runs.csv"));
        var cells = new CsvTable("model", "level", "strings", "connected", "median_length", "q1_length", "q3_length", "median_beads");
        foreach (var c in s.Cells)
        {
            cells.Row(c.Model, Numbers.Csv(c.Level), c.Strings.ToString(CultureInfo.InvariantCulture), c.Connected.ToString(CultureInfo.InvariantCulture),
                Numbers.Csv(c.MedianLength), Numbers.Csv(c.LowerLength), Numbers.Csv(c.UpperLength), Numbers.Csv(c.MedianBeads));
        }

        cells.Save(context.PathOf("cells.csv"));
        Plot(context.PathOf("geodesic-length.png"), s);
        int strings = s.Cells.Sum(c => c.Strings), connected = s.Cells.Sum(c => c.Connected);
        string headline = $"{connected}/{strings} strings connected inside their sub-level set; median normalised length from "
            + string.Join("; ", LevelSetModel.Names.Select(m => $"{m}: {Range(s, m)}"));
        var report = new MarkdownReport("Level sets of small ReLU regressions: connectivity and geodesic length (Freeman & Bruna 2017)")
            .Paragraph($"**Result.** {headline}.")
            .Verdicts(s.Verdicts)
            .Heading("Settings")
            .Bullets(
            [
                "`cubic`: a width-10 one-hidden-layer ReLU network (31 parameters) fitting y = x³ − x/2 on 200 points uniform on [−1, 1]; `teacher`: a width-8 ReLU network (57 parameters) fitting a width-3 ReLU teacher (weights N(0, 1/5)) on 500 standard Gaussian points in R⁵; loss E = (1/2N)Σ(ŷ − y)².",
                $"End points: He-style random initialisations (seeded per pair), trained by heavy-ball gradient descent (lr {LevelSetsExperiment.LearningRate}, momentum {LevelSetsExperiment.Momentum}) until E ≤ u₀ (at most {Numbers.Count(s.Settings.TrainSteps)} steps); {s.Settings.Pairs} pairs per (model, level).",
                $"Strings: dynamic string sampling (`DynamicStringSampling`): peak of each segment from 16 evenly spaced checks refined by golden-section search; a bead at the worst peak, pulled into {{E ≤ u₀}} by gradient steps (0.02) that stop as soon as E ≤ u₀; connected when every segment stays below 1.05·u₀; at most {s.Settings.MaxBeads} beads.",
            ])
            .Heading("Normalised geodesic length against the energy level")
            .Figure("geodesic-length.png", "median normalised length (path length over end-point distance) against u₀, quartile bars")
            .Table(["model", "u₀", "strings", "connected", "median length [IQR]", "median beads"],
                s.Cells.Select(c => (IReadOnlyList<string>)[c.Model, Numbers.Format(c.Level), c.Strings.ToString(CultureInfo.InvariantCulture), Numbers.Ratio(c.Connected, c.Strings),
                    c.Connected == 0 ? "—" : $"{Numbers.Format(c.MedianLength, 4)} [{Numbers.Format(c.LowerLength, 4)}–{Numbers.Format(c.UpperLength, 4)}]", Numbers.Format(c.MedianBeads)]))
            .Heading("What we saw")
            .Bullets(Observations(s))
            .Provenance(context.Provenance);
        report.Save(context.PathOf("report.md"));
        return headline;
    }

    private static string Range(LevelSetsSummary s, string model)
    {
        var cells = s.Cells.Where(c => c.Model == model && c.Connected > 0).OrderByDescending(c => c.Level).ToList();
        return cells.Count == 0 ? "— (none connected)"
            : $"{Numbers.Format(cells[0].MedianLength, 4)} at u₀ = {Numbers.Format(cells[0].Level)} to {Numbers.Format(cells[^1].MedianLength, 4)} at u₀ = {Numbers.Format(cells[^1].Level)}";
    }

    private static IEnumerable<string> Observations(LevelSetsSummary s)
    {
        int unreached = s.Runs.Count(r => !r.EndPointsReached);
        if (unreached > 0)
        {
            yield return $"{unreached} pairs did not reach their level within the training budget; no string was run for them.";
        }

        var failed = s.Runs.Where(r => r.EndPointsReached && !r.Connected).ToList();
        if (failed.Count > 0)
        {
            yield return $"{failed.Count} strings did not connect within the budget; their peak energy along the path was {string.Join(", ", failed.Select(r => Numbers.Format(r.MaxEnergyOverLevel, 3)))}× u₀ (a spent budget, not a proof of a barrier).";
        }

        yield return "What is reproduced is the shape of the lecture's figure (length against level for a cubic-polynomial regression), on our own small models and data; the lecture's CNN/MNIST, CIFAR-10 and LSTM panels are not run here.";
    }

    private static void Plot(string path, LevelSetsSummary s) => MedianCurvesFigure.Save(
        path, "Normalised geodesic length of paths inside {E ≤ u₀} (median over pairs)", "log₁₀ u₀ (energy level)", "normalised length",
        LevelSetModel.Names.Select(m => new MedianCurve(m, s.Cells.Where(c => c.Model == m && c.Connected > 0)
            .Select(c => new MedianPoint(Math.Log10(c.Level), c.MedianLength, c.LowerLength, c.UpperLength)).ToList(), double.PositiveInfinity)).ToList(),
        logScale: false);
}
