using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// Welch's unequal-variance t-test (Welch 1947): t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite degrees of
/// freedom ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)), two-sided p = 2·P(T_ν ≥ |t|).
/// </summary>
/// <param name="T">The statistic (positive when the first sample's mean is larger).</param>
/// <param name="DegreesOfFreedom">ν.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="MeanDifference">m₁ − m₂.</param>
public sealed record WelchTTest(double T, double DegreesOfFreedom, double PValue, double MeanDifference)
{
    /// <summary>Tests whether <paramref name="first"/> and <paramref name="second"/> (each ≥ 2 values) have equal means.</summary>
    public static WelchTTest Compute(IReadOnlyCollection<double> first, IReadOnlyCollection<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count < 2 || second.Count < 2)
        {
            throw new ArgumentException($"Welch's t-test needs at least 2 values per sample (got {first.Count} and {second.Count})");
        }

        double m1 = first.Mean(), m2 = second.Mean();
        double a = first.Variance() / first.Count, b = second.Variance() / second.Count;
        if (a + b == 0)
        {
            return new WelchTTest(m1 == m2 ? 0 : Math.Sign(m1 - m2) * double.PositiveInfinity, double.NaN, m1 == m2 ? 1 : 0, m1 - m2);
        }

        double t = (m1 - m2) / Math.Sqrt(a + b);
        double nu = (a + b) * (a + b) / ((a * a / (first.Count - 1)) + (b * b / (second.Count - 1)));
        double p = 2 * StudentT.CDF(0, 1, nu, -Math.Abs(t));
        return new WelchTTest(t, nu, p, m1 - m2);
    }
}
