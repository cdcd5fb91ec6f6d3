using SaddleEscape.Objectives;

namespace SaddleEscape.Tests;

/// <summary>
/// The Monte Carlo check every closed form in the seeds gets: the mean over <c>batches</c> calls of a
/// stochastic oracle (value and each gradient coordinate) lies within 4 standard errors of the exact one.
/// </summary>
internal static class MonteCarloAgreement
{
    /// <param name="oracle">The sample objective.</param>
    /// <param name="x">Where to compare.</param>
    /// <param name="exactValue">The closed-form value, or null to skip the value check.</param>
    /// <param name="exactGradient">The closed-form gradient (already projected when <paramref name="project"/> is given).</param>
    /// <param name="batches">Number of oracle calls.</param>
    /// <param name="batch">Samples per call.</param>
    /// <param name="seed">Seed of the sample stream.</param>
    /// <param name="project">Optional map applied to each sample gradient (e.g. a tangent projection).</param>
    /// <param name="slack">Absolute slack added to 4 SE (for coordinates whose exact value is 0).</param>
    public static void Check(IStochasticObjective oracle, double[] x, double? exactValue, double[] exactGradient, int batches, int batch, int seed, Action<double[]>? project = null, double slack = 0)
    {
        var random = new Random(seed);
        var g = new double[x.Length];
        var sum = new double[x.Length];
        var sum2 = new double[x.Length];
        double vs = 0, vs2 = 0;
        for (int k = 0; k < batches; k++)
        {
            double v = oracle.StochasticGradient(x, g, batch, random);
            project?.Invoke(g);
            vs += v;
            vs2 += v * v;
            for (int i = 0; i < g.Length; i++)
            {
                sum[i] += g[i];
                sum2[i] += g[i] * g[i];
            }
        }

        if (exactValue is { } value)
        {
            double mean = vs / batches, se = Math.Sqrt(((vs2 / batches) - (mean * mean)) / batches);
            Assert.True(Math.Abs(mean - value) <= (4 * se) + slack, $"value: Monte Carlo {mean} ± {se} vs closed form {value}");
        }

        for (int i = 0; i < g.Length; i++)
        {
            double mean = sum[i] / batches, se = Math.Sqrt(((sum2[i] / batches) - (mean * mean)) / batches);
            Assert.True(Math.Abs(mean - exactGradient[i]) <= (4 * se) + slack, $"coordinate {i}: Monte Carlo {mean} ± {se} vs closed form {exactGradient[i]}");
        }
    }
}
