using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Minimization;
using ScottPlot;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>trace.png: f (or f − f* on a log scale when f* is known) and ‖grad f‖ (log scale) against iteration, with perturbations marked.</summary>
public static class TracePlot
{
    /// <summary>Draws trace.png.</summary>
    public static void Save(string path, string title, Trace trace, double? globalMinimum)
    {
        var rows = trace.Rows.Where(r => double.IsFinite(r.Value)).ToArray();
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("iteration");
        double[] xs = rows.Select(r => (double)r.Iteration).ToArray();
        bool gapScale = globalMinimum is not null && rows.All(r => r.Value - globalMinimum.Value > -1e-9);
        if (gapScale)
        {
            double fStar = globalMinimum!.Value;
            double floor = 1e-16 * Math.Max(1, Math.Abs(fStar));
            var gap = plot.Add.ScatterLine(xs, LogScale.Log10(rows.Select(r => Math.Max(r.Value - fStar, floor))));
            gap.LegendText = "f − f*";
            gap.LineWidth = 2;
            plot.YLabel("f − f* (log scale, floored at 1e-16·max(1,|f*|))");
            LogScale.Apply(plot.Axes.Left, rows.Select(r => Math.Max(r.Value - fStar, floor)));
        }
        else
        {
            var value = plot.Add.ScatterLine(xs, rows.Select(r => r.Value).ToArray());
            value.LegendText = "f";
            value.LineWidth = 2;
            plot.YLabel("f");
        }

        var grad = plot.Add.ScatterLine(xs, LogScale.Log10(rows.Select(r => r.GradientNorm)));
        grad.LegendText = "‖grad f‖";
        grad.Axes.YAxis = plot.Axes.Right;
        grad.LinePattern = LinePattern.Dashed;
        plot.Axes.Right.Label.Text = "‖grad f‖ (log scale)";
        LogScale.Apply(plot.Axes.Right, rows.Select(r => r.GradientNorm));

        bool labelled = false;
        foreach (var row in trace.Rows.Where(r => r.Event.Contains("perturbation", StringComparison.Ordinal)))
        {
            var line = plot.Add.VerticalLine(row.Iteration);
            line.Color = Colors.Gray.WithAlpha(0.5);
            line.LinePattern = LinePattern.Dotted;
            if (!labelled)
            {
                line.LegendText = "perturbation";
                labelled = true;
            }
        }

        plot.ShowLegend(Alignment.UpperRight);
        Figures.WritePng(plot, path, 900, 520);
    }
}
