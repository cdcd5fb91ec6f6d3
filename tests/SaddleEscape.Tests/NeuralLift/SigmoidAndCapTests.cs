using SaddleEscape.NeuralLift;
using System.Numerics;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class SigmoidAndCapTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(-3.0)]
    [InlineData(-0.4)]
    [InlineData(0.0)]
    [InlineData(1.7)]
    public void SigmoidDerivativesMatchFiniteDifferences(double t)
    {
        const double h = 1e-5;
        for (int m = 1; m <= 3; m++)
        {
            double fd = (Sigmoid.Derivative(m - 1, t + h) - Sigmoid.Derivative(m - 1, t - h)) / (2 * h);
            Assert.Equal(fd, Sigmoid.Derivative(m, t), 1e-9);
        }
    }

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.5, 0.7)]
    [InlineData(0.1, -2.0)]
    [InlineData(0.25, 1.3)]
    public void FourierConventionAndShiftTheoremHoldByQuadrature(double xi, double b)
    {
        // ∫ σ'(t + b) e^{−2πiξt} dt = 2πiξ·e^{2πiξb}·Σ(ξ) with Σ(ξ) = −iπ/sinh(2π²ξ) (σ' decays like e^{−|t|}: a trapezoid rule on [−80, 80] is exact to rounding).
        const double half = 80, step = 1e-3;
        var integral = Complex.Zero;
        for (double t = -half; t <= half; t += step)
        {
            integral += Sigmoid.First(t + b) * Complex.Exp(new Complex(0, -2 * Math.PI * xi * t)) * step;
        }

        var expected = new Complex(0, 2 * Math.PI * xi) * Complex.Exp(new Complex(0, 2 * Math.PI * xi * b)) * Sigmoid.FourierTransform(xi);
        Assert.True((integral - expected).Magnitude <= 1e-9, $"quadrature {integral} vs {expected}");

        // Reading b back from the phase: a₂ > 0 gives b directly, a₂ < 0 on the other branch.
        var transform = Complex.Exp(new Complex(0, 2 * Math.PI * xi * b)) * Sigmoid.FourierTransform(xi);
        double period = 1 / xi;
        Assert.Equal(0, Distance(FourierBiasEstimator.Bias(transform, xi), b, period), 1e-12);
        Assert.Equal(0, Distance(FourierBiasEstimator.AlternativeBranch(FourierBiasEstimator.Bias(-transform, xi), xi), b, period), 1e-12);
    }

    [Theory]
    [InlineData(2, 0.3)]
    [InlineData(3, 0.1)]
    [InlineData(10, 0.1)]
    [InlineData(40, 0.2)]
    public void CapSamplesAreUniformOnTheCap(int d, double epsilon)
    {
        // Heights t = ⟨u, c⟩ on the cap t ≥ t₀ have density ∝ (1 − t²)^{(d−3)/2}: their mean must match the quadrature mean within 4 SE.
        double t0 = 1 - (epsilon * epsilon / 2);
        var center = new double[d];
        center[0] = 0.6;
        center[d - 1] = 0.8;
        var random = new Random(d);
        var u = new double[d];
        var scratch = new double[d];
        const int n = 40_000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++)
        {
            SphericalCapSampler.Sample(center, t0, random, u, scratch);
            double norm = Math.Sqrt(u.Sum(v => v * v)), t = u.Zip(center, (p, q) => p * q).Sum();
            Assert.Equal(1, norm, 1e-12);
            Assert.True(t >= t0 - 1e-12, $"height {t} below the cap's {t0}");
            sum += t;
            sum2 += t * t;
        }

        double mean = sum / n, se = Math.Sqrt(((sum2 / n) - (mean * mean)) / n);
        // Exact mean by the midpoint rule in s = 1 − t (integrable singularity at s = 0 for d = 2 handled by s = r²).
        double num = 0, den = 0;
        const int steps = 200_000;
        double rMax = Math.Sqrt(1 - t0);
        for (int j = 0; j < steps; j++)
        {
            double r = (j + 0.5) * rMax / steps, s = r * r, weight = Math.Pow(s * (2 - s), (d - 3) / 2.0) * 2 * r;
            num += (1 - s) * weight;
            den += weight;
        }

        output.WriteLine($"d = {d}: mean height {mean:F8} ± {se:E1}, exact {num / den:F8}");
        Assert.True(Math.Abs(mean - (num / den)) <= 4 * se, $"mean height {mean} vs {num / den} (SE {se})");
    }

    private static double Distance(double a, double b, double period)
    {
        double r = Math.Abs(a - b) % period;
        return Math.Min(r, period - r);
    }
}
