using MathNet.Numerics.Distributions;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// The paired t-test (Student 1908): on the differences dᵢ = xᵢ − yᵢ of n matched pairs, t = d̄/(s_d/√n) with n − 1
/// degrees of freedom, two-sided p = 2·P(T ≥ |t|). The right test when both samples share their trials (the same
/// initialisation, data order or seed), where Welch's test would count the trial-to-trial spread as noise.
/// </summary>
/// <param name="T">The statistic (positive when the first sample is larger on average).</param>
/// <param name="DegreesOfFreedom">n − 1.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="MeanDifference">d̄.</param>
public sealed record PairedTTest(double T, double DegreesOfFreedom, double PValue, double MeanDifference)
{
    /// <summary>Tests whether matched samples <paramref name="first"/> and <paramref name="second"/> (≥ 2 pairs) have equal means.</summary>
    public static PairedTTest Compute(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count || first.Count < 2)
        {
            throw new ArgumentException($"the paired t-test needs two samples of the same length ≥ 2 (got {first.Count} and {second.Count})");
        }

        var d = first.Zip(second, (a, b) => a - b).ToArray();
        var (mean, std) = Statistics.MeanAndStd(d);
        int n = d.Length;
        if (std == 0)
        {
            return new PairedTTest(mean == 0 ? 0 : Math.Sign(mean) * double.PositiveInfinity, n - 1, mean == 0 ? 1 : 0, mean);
        }

        double t = mean / (std / Math.Sqrt(n));
        return new PairedTTest(t, n - 1, 2 * StudentT.CDF(0, 1, n - 1, -Math.Abs(t)), mean);
    }
}
