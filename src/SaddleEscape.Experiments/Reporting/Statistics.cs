namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// The summary statistics every report uses, in one place: medians (also of right-censored counts), quantiles,
/// the interquartile range, mean and sample standard deviation. Empty input gives NaN.
/// </summary>
public static class Statistics
{
    /// <summary>The median (the mean of the two middle values for an even count).</summary>
    public static double Median(IEnumerable<double> values) => Quantile(values, 0.5);

    /// <summary>
    /// The median of right-censored counts: a censored value (null) counts as +∞, so the median is +∞ when half or more
    /// of the runs were censored — a lower bound is then all one can say.
    /// </summary>
    public static double CensoredMedian(IEnumerable<long?> values) =>
        Median(values.Select(v => v is { } x ? (double)x : double.PositiveInfinity));

    /// <summary>The <paramref name="p"/>-quantile with linear interpolation between order statistics (Hyndman &amp; Fan type 7, R's default).</summary>
    public static double Quantile(IEnumerable<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "quantile level must be in [0, 1]");
        }

        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        double a = sorted[lo], b = sorted[hi], f = h - lo;
        // (1 − f)·a + f·b: for the median of an even count this is exactly (a + b)/2; the guards keep censored (+∞)
        // neighbours from producing ∞ − ∞ or 0·∞.
        return a == b || f == 0 ? a : ((1 - f) * a) + (f * b);
    }

    /// <summary>The first and third quartiles (type 7).</summary>
    public static (double Q1, double Q3) Quartiles(IEnumerable<double> values)
    {
        var list = values as IReadOnlyCollection<double> ?? values.ToArray();
        return (Quantile(list, 0.25), Quantile(list, 0.75));
    }

    /// <summary>Mean and sample standard deviation (n − 1 in the denominator; 0 for a single value).</summary>
    public static (double Mean, double Std) MeanAndStd(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var v = values as IReadOnlyCollection<double> ?? values.ToArray();
        if (v.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        double mean = v.Average();
        double ss = v.Sum(x => (x - mean) * (x - mean));
        return (mean, v.Count > 1 ? Math.Sqrt(ss / (v.Count - 1)) : 0);
    }

    /// <summary>The fraction of <paramref name="values"/> satisfying <paramref name="predicate"/> (NaN when empty).</summary>
    public static double Fraction<T>(IReadOnlyCollection<T> values, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? double.NaN : (double)values.Count(predicate) / values.Count;
    }
}
