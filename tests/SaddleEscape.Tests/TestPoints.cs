using MathNet.Numerics.Distributions;

namespace SaddleEscape.Tests;

/// <summary>Seeded random points for tests.</summary>
internal static class TestPoints
{
    public static double[] Gaussian(int n, int seed, double scale = 1)
    {
        var x = new double[n];
        Normal.Samples(new Random(seed), x, 0, scale);
        return x;
    }
}
