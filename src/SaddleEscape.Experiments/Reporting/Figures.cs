using ScottPlot;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// The house style of figures: a title that says what is plotted, labelled axes, integer ticks where the axis
/// counts (dimensions, epochs), log axes with labelled ticks that cover the data, and the legend beside the plot,
/// not on the data.
/// </summary>
public static class Figures
{
    /// <summary>Longest title line, in characters, that fits the default 960-pixel figure.</summary>
    public const int TitleLine = 72;

    /// <summary>A plot with a title (broken over two lines when longer than <see cref="TitleLine"/>, so it is never clipped) and axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(title);
        var plot = new Plot();
        plot.Title(Wrap(Text(title), TitleLine));
        plot.XLabel(Text(xLabel));
        plot.YLabel(Text(yLabel));
        return plot;
    }

    /// <summary>
    /// Text as the figures' font can draw it: the modifier letter ᵀ (U+1D40) has no glyph there and renders as a box, so a
    /// transpose-product uᵀx is written u·x (the same number).
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("ᵀ", "·", StringComparison.Ordinal);
    }

    /// <summary><paramref name="text"/> broken at the space nearest its middle when longer than <paramref name="width"/> characters.</summary>
    public static string Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= width)
        {
            return text;
        }

        int middle = text.Length / 2;
        int best = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle)))
            {
                best = i;
            }
        }

        return best < 0 ? text : text[..best] + "\n" + text[(best + 1)..];
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
