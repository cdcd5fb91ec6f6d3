using ScottPlot;
using System.Globalization;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// Log-scale axes for ScottPlot 5, which plots log10 of the data: <see cref="Apply(IAxis, IEnumerable{double})"/> puts
/// labelled ticks where they cover the data — every decade when it spans several, 1-2-5 steps when it spans one or
/// two, with minor ticks at 2…9. One axis has one label format: plain numbers when every labelled decade is within
/// 10⁻³…10⁴, otherwise "1e5" notation for every label (never "1e5" beside "10000").
/// </summary>
public static class LogScale
{
    /// <summary>log10 of each value; non-positive or non-finite values become NaN (gaps).</summary>
    public static double[] Log10(IEnumerable<double> values) =>
        values.Select(v => v > 0 && double.IsFinite(v) ? Math.Log10(v) : double.NaN).ToArray();

    /// <summary>Labels an axis that carries log10 of <paramref name="data"/> (the original, positive values).</summary>
    public static void Apply(IAxis axis, IEnumerable<double> data)
    {
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(data);
        var positive = data.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        if (positive.Length == 0)
        {
            return;
        }

        int lo = (int)Math.Floor(Math.Log10(positive.Min()));
        int hi = (int)Math.Ceiling(Math.Log10(positive.Max()));
        if (hi == lo)
        {
            hi++;
        }

        int span = hi - lo;
        int every = Math.Max(1, span / 8);
        double[] mantissas = span <= 2 ? [1, 2, 5] : [1];
        bool scientific = lo < -3 || hi > 4;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int k = lo; k <= hi; k++)
        {
            for (int m = 1; m <= 9; m++)
            {
                double value = m * Math.Pow(10, k);
                if (k == hi && m > 1)
                {
                    break;
                }

                bool labelled = mantissas.Contains(m) && (m > 1 || (k - lo) % every == 0);
                if (labelled)
                {
                    ticks.AddMajor(Math.Log10(value), Label(m, k, scientific));
                }
                else
                {
                    ticks.AddMinor(Math.Log10(value));
                }
            }
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>The label of mantissa·10^exponent: plain, or "1e5" notation when <paramref name="scientific"/> (the whole axis).</summary>
    public static string Label(int mantissa, int exponent, bool scientific)
    {
        if (!scientific)
        {
            return (mantissa * Math.Pow(10, exponent)).ToString("0.###", CultureInfo.InvariantCulture);
        }

        return mantissa == 1 ? string.Create(CultureInfo.InvariantCulture, $"1e{exponent}") : string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{exponent}");
    }
}
