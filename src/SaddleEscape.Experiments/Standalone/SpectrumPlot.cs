using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Landscape;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>density.png: the SLQ spectral density smoothed by Gaussians, and (when known) the exact spectrum smoothed the same way.</summary>
public static class SpectrumPlot
{
    /// <summary>Draws the density on 400 points spanning the spectrum; the kernel width is 1 % of that span.</summary>
    public static void Save(string path, string title, SpectralDensity density, IReadOnlyList<double>? exact)
    {
        ArgumentNullException.ThrowIfNull(density);
        double lo = density.Nodes.Min(), hi = density.Nodes.Max();
        if (exact is { Count: > 0 })
        {
            lo = Math.Min(lo, exact.Min());
            hi = Math.Max(hi, exact.Max());
        }

        double span = Math.Max(hi - lo, 1e-12);
        double sigma = 0.01 * span;
        var grid = Enumerable.Range(0, 400).Select(i => lo - (0.05 * span) + (1.1 * span * i / 399)).ToArray();
        var plot = Figures.Create(title, "eigenvalue λ", "density (Gaussian kernel, width 1 % of the span)");
        var slq = plot.Add.ScatterLine(grid, density.Smoothed(grid, sigma));
        slq.LegendText = $"SLQ ({density.Probes} probes × {density.Steps} Lanczos steps)";
        slq.LineWidth = 2;
        if (exact is { Count: > 0 })
        {
            var whole = SpectralDensity.FromEigenvalues(exact);
            var line = plot.Add.ScatterLine(grid, whole.Smoothed(grid, sigma));
            line.LegendText = "whole spectrum (exhausted Lanczos)";
            line.LinePattern = ScottPlot.LinePattern.Dashed;
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = ScottPlot.Colors.Gray;
        zero.LinePattern = ScottPlot.LinePattern.Dotted;
        Figures.Save(plot, path);
    }
}
