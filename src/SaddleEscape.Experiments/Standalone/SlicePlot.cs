using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Landscape;
using ScottPlot;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>slice.png: f on the plane as a heatmap with contour lines (values outside the domain left blank), and optimiser paths.</summary>
public static class SlicePlot
{
    /// <summary>Draws the slice and the paths (a path's start is a circle, its end a square).</summary>
    public static void Save(string path, string title, PlaneSlice slice, IReadOnlyList<(string Optimizer, IReadOnlyList<(double Alpha, double Beta)> Path)> paths)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(paths);
        int rows = slice.Betas.Length, columns = slice.Alphas.Length;
        var shown = new double[rows, columns];
        var contour = new Coordinates3d[rows, columns];
        bool allFinite = true;
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < columns; i++)
            {
                double value = slice.Values[j, i];
                allFinite &= double.IsFinite(value);
                // Heatmap rows run top to bottom: the largest β first.
                shown[rows - 1 - j, i] = double.IsFinite(value) ? value : double.NaN;
                contour[j, i] = new Coordinates3d(slice.Alphas[i], slice.Betas[j], value);
            }
        }

        var plot = Figures.Create(title, "α (first direction)", "β (second direction)");
        var heat = plot.Add.Heatmap(shown);
        heat.Extent = new CoordinateRect(slice.Alphas[0], slice.Alphas[^1], slice.Betas[0], slice.Betas[^1]);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heat);
        if (allFinite)
        {
            var lines = plot.Add.ContourLines(contour, 12);
            lines.LineColor = Colors.White.WithAlpha(0.6);
            lines.LabelStyle.IsVisible = false;
        }

        var palette = new ScottPlot.Palettes.Category10();
        for (int k = 0; k < paths.Count; k++)
        {
            var (name, points) = paths[k];
            if (points.Count == 0)
            {
                continue;
            }

            var color = palette.GetColor(k + 1);
            var line = plot.Add.ScatterLine(points.Select(p => p.Alpha).ToArray(), points.Select(p => p.Beta).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = name;
            plot.Add.Marker(points[0].Alpha, points[0].Beta, MarkerShape.OpenCircle, 10, color);
            plot.Add.Marker(points[^1].Alpha, points[^1].Beta, MarkerShape.FilledSquare, 9, color);
        }

        plot.Axes.SetLimits(slice.Alphas[0], slice.Alphas[^1], slice.Betas[0], slice.Betas[^1]);
        Figures.Save(plot, path, 900, 760);
    }
}
