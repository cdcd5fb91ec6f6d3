using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;

namespace SaddleEscape.Tests.Landscape;

public sealed class SpectralDensityTests
{
    /// <summary>
    /// A 300×300 matrix QΛQᵀ with 90 eigenvalues uniform in [−2, −0.5], 60 zeros and 150 in [0.5, 3]: SLQ (20 probes,
    /// 40 steps) puts 0.30 ± 0.05 of the mass below −0.25 and 0.20 ± 0.05 in |λ| ≤ 0.25, and ∫λ dμ, ∫λ² dμ are
    /// trace(A)/n and trace(A²)/n within 5 %.
    /// </summary>
    [Fact]
    public void RecoversTheFractionsOfAKnownSpectrum()
    {
        const int n = 300;
        var random = new Random(7);
        var lambda = Enumerable.Range(0, n).Select(i => i < 90 ? -2 + (1.5 * random.NextDouble()) : i < 150 ? 0.0 : 0.5 + (2.5 * random.NextDouble())).ToArray();
        var q = Matrix<double>.Build.Random(n, n, new MathNet.Numerics.Distributions.Normal(0, 1, new Random(3))).QR().Q;
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose();
        var density = SpectralDensity.Estimate(new DenseSymmetricOperator(a), probes: 20, steps: 40, seed: 1);
        Assert.InRange(density.Weights.Sum(), 1 - 1e-9, 1 + 1e-9);
        Assert.InRange(density.Mass(l => l < -0.25), 0.25, 0.35);
        Assert.InRange(density.Mass(l => Math.Abs(l) <= 0.25), 0.15, 0.25);
        double mean = lambda.Average(), second = lambda.Average(l => l * l);
        Assert.InRange(density.Integrate(l => l), mean - (0.05 * Math.Abs(mean)) - 0.02, mean + (0.05 * Math.Abs(mean)) + 0.02);
        Assert.InRange(density.Integrate(l => l * l), second * 0.95, second * 1.05);
    }
}
