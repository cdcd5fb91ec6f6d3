using ScottPlot;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// Medians with quartile bars on a log-scale (or linear) y axis, one line per method; a censored median (not reached within the
/// curve's cap) is an open triangle at the cap, a censored upper quartile a bar up to the cap. A curve whose medians equal an
/// earlier curve's at every x (so that it is drawn under it) says so in its legend entry and is drawn dashed on top.
/// </summary>
public static class MedianCurvesFigure
{
    /// <summary>Draws <paramref name="curves"/> and saves the PNG at <paramref name="path"/>.</summary>
    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<MedianCurve> curves, bool logScale = true)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var plot = Figures.Create(title, xLabel, yLabel);
        var palette = new ScottPlot.Palettes.Category10();
        var data = new List<double>();
        for (int k = 0; k < curves.Count; k++)
        {
            var curve = curves[k];
            var color = palette.GetColor(k);
            double Y(double v) => logScale ? Math.Log10(v) : v;
            double cap = Y(curve.Cap);
            var finite = curve.Points.Where(p => double.IsFinite(p.Median) && p.Median > 0).ToArray();
            var xs = finite.Select(p => p.X).ToArray();
            var line = plot.Add.Scatter(xs, finite.Select(p => Y(p.Median)).ToArray());
            var under = CoincidesWith(curves, k);
            line.LegendText = under is null ? curve.Label : $"{curve.Label} (= {under} where both finite; dashed)";
            if (under is not null)
            {
                line.LinePattern = LinePattern.Dashed;
            }

            line.Color = color;
            line.LineWidth = 2;
            foreach (var p in finite.Where(p => p.Lower > 0))
            {
                var bar = plot.Add.Line(p.X, Y(p.Lower), p.X, double.IsFinite(p.Upper) ? Y(p.Upper) : cap);
                bar.Color = color.WithAlpha(0.6);
                bar.LineWidth = 1.5f;
            }

            var censored = curve.Points.Where(p => double.IsPositiveInfinity(p.Median)).ToArray();
            if (censored.Length > 0)
            {
                var marks = plot.Add.Markers(censored.Select(p => p.X).ToArray(), censored.Select(_ => cap).ToArray(), MarkerShape.OpenTriangleUp, 10, color);
                marks.LegendText = $"{curve.Label}: not reached within its cap ({Numbers.Count(curve.Cap)})";
                data.Add(curve.Cap);
            }

            data.AddRange(finite.Select(p => p.Median));
            data.AddRange(finite.Select(p => p.Lower).Where(v => v > 0));
            data.AddRange(finite.Select(p => p.Upper).Where(double.IsFinite));
        }

        if (data.Count > 0 && logScale)
        {
            LogScale.Apply(plot.Axes.Left, data);
        }

        Figures.IntegerTicksOnX(plot);
        Figures.Save(plot, path);
    }

    /// <summary>The label of the first curve before <paramref name="k"/> whose medians equal curve k's (within 1e-9 relative) at every x where both are finite (at least two), or null.</summary>
    public static string? CoincidesWith(IReadOnlyList<MedianCurve> curves, int k)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var mine = curves[k].Points;
        if (mine.Count == 0)
        {
            return null;
        }

        for (int j = 0; j < k; j++)
        {
            var other = curves[j].Points.Where(p => double.IsFinite(p.Median)).ToDictionary(p => p.X, p => p.Median);
            var shared = mine.Where(p => double.IsFinite(p.Median) && other.ContainsKey(p.X)).ToList();
            if (shared.Count >= 2 && shared.All(p => Same(p.Median, other[p.X])))
            {
                return curves[j].Label;
            }
        }

        return null;
    }

    private static bool Same(double a, double b) =>
        a.Equals(b) || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
