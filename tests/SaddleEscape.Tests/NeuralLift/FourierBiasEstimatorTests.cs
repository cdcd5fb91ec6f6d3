using SaddleEscape.NeuralLift;
using System.Numerics;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class FourierBiasEstimatorTests(ITestOutputHelper output)
{
    [Fact]
    public void TheEstimateIsUnbiasedForTheCapAveragedTransformOfAnIntegrableFunction()
    {
        // g(x) = exp(−‖x − c‖²/2) in d = 2 has ĝ(ω) = 2π·exp(−2π²‖ω‖²)·exp(−2πi⟨ω, c⟩) in the convention ∫ g e^{−2πi⟨ω,x⟩} dx.
        // With x ~ N(0, 4I), g/p is bounded, so v = (1/n) Σ g(x_i)/p(x_i) e^{−2πi⟨ω_i, x_i⟩} has finite variance; its mean over
        // 20 independent batches must match E_ω[ĝ(ω)] over the cap within 4 standard errors (real and imaginary parts).
        const int d = 2, batches = 20, n = 20_000;
        double[] c = [0.7, -0.4];
        var density = new DiagonalGaussianMixture([1.0], [0.0, 0.0], [4.0, 4.0]);
        double[] direction = [0.6, 0.8];
        const double xi = 0.25, epsilon = 0.3;
        var estimates = new List<Complex>();
        for (int batch = 0; batch < batches; batch++)
        {
            var x = density.Sample(n, new Random(100 + batch));
            var y = Enumerable.Range(0, n).Select(i => Math.Exp(-0.5 * (Square(x[2 * i] - c[0]) + Square(x[(2 * i) + 1] - c[1])))).ToArray();
            estimates.Add(FourierBiasEstimator.Transforms(density, x, y, direction, xi, epsilon, seed: batch)[0]);
        }

        var expected = Complex.Zero;
        var u = new double[d];
        var scratch = new double[d];
        var random = new Random(5);
        const int draws = 200_000;
        for (int i = 0; i < draws; i++)
        {
            SphericalCapSampler.Sample(direction, 1 - (epsilon * epsilon / 2), random, u, scratch);
            double phase = -2 * Math.PI * xi * ((u[0] * c[0]) + (u[1] * c[1]));
            expected += 2 * Math.PI * Math.Exp(-2 * Math.PI * Math.PI * xi * xi) * Complex.Exp(new Complex(0, phase)) / draws;
        }

        foreach (var (part, what) in new (Func<Complex, double>, string)[] { (z => z.Real, "real"), (z => z.Imaginary, "imaginary") })
        {
            var values = estimates.Select(part).ToArray();
            double mean = values.Average(), se = Math.Sqrt(values.Sum(v => Square(v - mean)) / (batches - 1) / batches);
            output.WriteLine($"{what}: estimate {mean:F5} ± {se:F5}, cap-averaged transform {part(expected):F5}");
            Assert.True(Math.Abs(mean - part(expected)) <= (4 * se) + 1e-3, $"{what} part {mean} vs {part(expected)} (SE {se})");
        }
    }

    private static double Square(double v) => v * v;
}
