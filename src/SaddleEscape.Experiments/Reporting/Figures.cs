using ScottPlot;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// The house style of figures: a title that says what is plotted, labelled axes, integer ticks where the axis
/// counts (dimensions, epochs), log axes with labelled ticks that cover the data, and the legend beside the plot,
/// not on the data.
/// </summary>
public static class Figures
{
    /// <summary>A plot with a title and axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Integer ticks on the bottom axis (dimensions, epochs).</summary>
    public static void IntegerTicksOnX(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
    }

    /// <summary>
    /// Whether <paramref name="values"/> deserve a log axis: their positive values span at least a decade (below a
    /// decade a log axis shows no labelled tick).
    /// </summary>
    public static bool WantsLogAxis(IEnumerable<double> values)
    {
        var v = values.Where(x => x > 0 && double.IsFinite(x)).ToArray();
        return v.Length > 0 && v.Max() >= 10 * v.Min();
    }

    /// <summary>
    /// Saves with the legend beside the plot, to the right (so it never covers data): the image widens by the room long
    /// entries need and grows taller when there are many entries, so that no entry is clipped (a legend below the plot
    /// was measured one row high by ScottPlot and cut its entries off).
    /// </summary>
    public static void Save(Plot plot, string path, int width = 960, int height = 540)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var items = plot.Legend.GetItems();
        int longest = items.Length == 0 ? 0 : items.Max(i => i.LabelText?.Length ?? 0);
        plot.ShowLegend(Edge.Right);
        WritePng(plot, path, width + (7 * Math.Max(0, longest - 32)), Math.Max(height, 60 + (22 * items.Length)));
    }

    /// <summary>
    /// Renders <paramref name="plot"/> to PNG bytes in memory and writes them atomically (<see cref="Running.AtomicFile"/>):
    /// a full disk then fails the write in one exception instead of leaving a truncated image, as saving straight to the
    /// file could.
    /// </summary>
    public static void WritePng(Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        byte[] png = plot.GetImage(width, height).GetImageBytes(ImageFormat.Png, 100);
        Running.AtomicFile.Write(path, stream => stream.Write(png));
    }
}
