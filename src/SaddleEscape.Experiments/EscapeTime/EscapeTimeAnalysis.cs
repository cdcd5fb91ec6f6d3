using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>The escape-time numbers: per-cell medians (censored runs as +∞) and per-method growth with d.</summary>
public static class EscapeTimeAnalysis
{
    /// <summary>
    /// The growth rule: exponential when the geometric mean of consecutive medians' ratios over the upper half of the
    /// fitted dimensions is at least this. A polynomial of degree p has ratio ((d+1)/d)^p → 1 (e.g. 1.1 for p = 1 at d = 10).
    /// </summary>
    public const double ExponentialRatio = 1.5;

    /// <summary>How the cost tables weight the oracle calls (stated in the report beside them).</summary>
    public const string CostWeighting = "one gradient, one Hessian-vector product and one function value each count as 1 (an HVP by automatic differentiation or by a difference of gradients costs one to two gradients; a value alone a third to a half of one, so counting it as a gradient is an upper bound)";

    /// <summary>Medians and quartiles of every (method, d) that ran.</summary>
    public static IReadOnlyList<EscapeTimeCell> Cells(EscapeTimeSettings settings, IReadOnlyList<EscapeTimeRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(runs);
        return (from method in EscapeTimeSettings.Methods
                from d in settings.Dimensions
                where settings.Runs(method, d)
                let cell = runs.Where(r => r.Label == method.Label && r.Dimension == d).ToArray()
                where cell.Length > 0
                let censoredAsInfinity = (Func<Func<EscapeTimeRecord, long>, double>)(metric => MedianCount(cell, metric))
                let iterations = cell.Select(r => r.Iterations is { } x ? (double)x : double.PositiveInfinity).ToArray()
                select new EscapeTimeCell(
                    method.Label, d,
                    Statistics.CensoredMedian(cell.Select(r => r.Iterations)),
                    Statistics.Quantile(iterations, 0.25),
                    Statistics.Quantile(iterations, 0.75),
                    censoredAsInfinity(r => r.GradientEvaluations),
                    censoredAsInfinity(r => r.HessianVectorProducts),
                    censoredAsInfinity(r => r.Cost),
                    cell.Count(r => r.Iterations is null),
                    cell.Count(r => r.StuckAtUnderflow),
                    cell.Length,
                    censoredAsInfinity(r => r.FunctionValues))).ToList();
    }

    /// <summary>
    /// The median of a count over a cell's runs, a censored run as +∞ — except for a count every run left at 0: a method
    /// that uses no HVPs (or no values alone) needs none however long it runs, so its median is 0, not +∞.
    /// </summary>
    public static double MedianCount(IReadOnlyList<EscapeTimeRecord> cell, Func<EscapeTimeRecord, long> metric)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(metric);
        return cell.All(r => metric(r) == 0) ? 0 : Statistics.CensoredMedian(cell.Select(r => r.Iterations is null ? null : (long?)metric(r)));
    }

    /// <summary>Growth of each method's median iterations over the dimensions where it is finite (null with fewer than three).</summary>
    public static EscapeTimeGrowth? Growth(string label, IReadOnlyList<EscapeTimeCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var mine = cells.Where(c => c.Label == label).OrderBy(c => c.Dimension).ToList();
        int? censoredFrom = mine.FirstOrDefault(c => double.IsPositiveInfinity(c.Iterations))?.Dimension;
        var finite = mine.Where(c => double.IsFinite(c.Iterations) && c.Iterations > 0).ToList();
        if (finite.Count < 3)
        {
            return null;
        }

        double[] d = finite.Select(c => (double)c.Dimension).ToArray();
        double[] log = finite.Select(c => Math.Log(c.Iterations)).ToArray();
        double slope = MathNet.Numerics.Fit.Line(d, log).B;
        double degree = MathNet.Numerics.Fit.Line(d.Select(v => Math.Log(v)).ToArray(), log).B;
        var upper = finite.Skip(finite.Count / 2).ToList();
        double meanLogRatio = upper.Zip(upper.Skip(1), (a, b) => Math.Log(b.Iterations / a.Iterations) / (b.Dimension - a.Dimension)).DefaultIfEmpty(0).Average();
        double upperRatio = Math.Exp(meanLogRatio);
        return new EscapeTimeGrowth(label, finite[0].Dimension, finite[^1].Dimension, Math.Exp(slope), upperRatio, degree, upperRatio >= ExponentialRatio, censoredFrom);
    }

    /// <summary>Median iterations at <paramref name="to"/> over those at <paramref name="from"/> (+∞ when the later one is censored; NaN when either did not run).</summary>
    public static double GrowthBetween(IReadOnlyList<EscapeTimeCell> cells, string label, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var a = cells.FirstOrDefault(c => c.Label == label && c.Dimension == from);
        var b = cells.FirstOrDefault(c => c.Label == label && c.Dimension == to);
        return a is null || b is null ? double.NaN : b.Iterations / a.Iterations;
    }
}
