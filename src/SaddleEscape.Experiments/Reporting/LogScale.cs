using ScottPlot;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>Log-scale axes for ScottPlot 5, which plots log10 of the data with labels 10^k.</summary>
public static class LogScale
{
    /// <summary>log10 of each value; non-positive or non-finite values become NaN (gaps).</summary>
    public static double[] Log10(IEnumerable<double> values) =>
        values.Select(v => v > 0 && double.IsFinite(v) ? Math.Log10(v) : double.NaN).ToArray();

    /// <summary>Labels an axis that carries log10 data as powers of ten, with minor ticks at 2…9.</summary>
    public static void Apply(IAxis axis)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = v => FormattableString.Invariant($"1e{v:0}"),
        };
    }
}
