using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

public sealed class SphericalSpinGlassTests
{
    [Fact]
    public void GradientAndHessianVectorProductMatchFiniteDifferences()
    {
        var f = SphericalSpinGlass.Create(12, new Random(1));
        var x = TestPoints.Gaussian(12, 3);
        Assert.True(DerivativeChecker.CheckGradient(f, x, new Random(1), step: 1e-6, tolerance: 1e-6).Passed);
        Assert.True(DerivativeChecker.CheckHessianVectorProduct(f, x, new Random(2), step: 1e-6, tolerance: 1e-6).Passed);
    }

    [Fact]
    public void TheEnergyPerSpinHasMeanZeroAndVarianceOneOverNAtAFixedPoint()
    {
        // E[H(σ)²] = N at ‖σ‖² = N, so H/N at a fixed unit x has variance 1/N over couplings (and mean 0).
        // 4 000 instances: the sample variance's relative standard error is √(2/3999) ≈ 2.2 %; allow 4 SE (9 %).
        const int n = 10, samples = 4000;
        var x = TestPoints.Gaussian(n, 5);
        double norm = Math.Sqrt(x.Sum(v => v * v));
        x = x.Select(v => v / norm).ToArray();
        var energies = Enumerable.Range(0, samples).Select(s => SphericalSpinGlass.Create(n, new Random(100 + s)).Value(x)).ToArray();
        double mean = energies.Average();
        double variance = energies.Sum(e => (e - mean) * (e - mean)) / (samples - 1);
        Assert.True(Math.Abs(mean) <= 4 * Math.Sqrt(1.0 / n / samples), $"mean {mean}");
        Assert.InRange(variance * n, 0.91, 1.09);
    }

    [Fact]
    public void ReferenceEnergiesAreThoseOfThePThreeModel()
    {
        Assert.Equal(-1.63299, SphericalSpinGlass.ThresholdEnergy, 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => SphericalSpinGlass.Create(SphericalSpinGlass.MaxSpins + 1, new Random(0)));
    }
}
