using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using System.Numerics.Tensors;

namespace SaddleEscape.Tests.Optimizers;

public sealed class NoiseTests
{
    /// <summary>
    /// Uniform in the ball of radius r in dimension d means ‖ξ‖ = r·U^(1/d), so (‖ξ‖/r)^d ~ U(0,1):
    /// mean ½, variance 1/12. The pitfall U(0,r)^(1/d) gives (‖ξ‖/r)^d = U·r^{1−d}… not uniform for r ≠ 1.
    /// </summary>
    [Theory]
    [InlineData(10, 0.3)]
    [InlineData(3, 2.0)]
    public void BallPerturbationHasTheUniformRadiusLaw(int d, double r)
    {
        var m = new Euclidean(d);
        var x = new double[d];
        var xi = new double[d];
        var random = new Random(1);
        const int n = 20_000;
        double sum = 0, sum2 = 0;
        for (int k = 0; k < n; k++)
        {
            TangentNoise.UniformInBall(m, x, r, random, xi);
            double norm = TensorPrimitives.Norm(xi);
            Assert.True(norm <= r * (1 + 1e-12));
            double u = Math.Pow(norm / r, d);
            sum += u;
            sum2 += u * u;
        }

        double mean = sum / n, variance = (sum2 / n) - (mean * mean);
        double se = Math.Sqrt(1.0 / 12 / n);
        Assert.InRange(mean, 0.5 - (4 * se), 0.5 + (4 * se));
        Assert.InRange(variance, 1.0 / 12 - 0.005, 1.0 / 12 + 0.005);
    }

    [Fact]
    public void TangentNoiseOnTheSphereIsTangent()
    {
        var m = new Sphere(5);
        var x = TestPoints.Gaussian(5, 1);
        m.ProjectToManifold(x);
        var xi = new double[5];
        var random = new Random(2);
        for (int k = 0; k < 100; k++)
        {
            TangentNoise.UniformInBall(m, x, 0.5, random, xi);
            Assert.Equal(0, TensorPrimitives.Dot(x, xi), 12);
            TangentNoise.UniformOnSphere(m, x, 0.5, random, xi);
            Assert.Equal(0.5, TensorPrimitives.Norm(xi), 12);
        }
    }

    /// <summary>
    /// At a stationary point (∇f = 0) one step of noisy SGD moves by exactly η·radius: the noise is
    /// added to the gradient before the step-size scale, never after.
    /// </summary>
    [Fact]
    public void NoisySgdScalesTheNoiseByTheStepSize()
    {
        var f = new SaddleEscape.Problems.QuadraticSaddle([-1, 1, 2], 1);
        var result = Minimizer.Run(new Oracle(f), new Euclidean(3), new NoisyStochasticGradientDescent(0.05, noiseRadius: 2), new double[3],
            new MinimizerOptions { Stop = StoppingRule.AfterIterations(1), Certificate = null });
        Assert.Equal(0.05 * 2, TensorPrimitives.Norm(result.X), 12);
    }

    /// <summary>PSGD's ξ ~ N(0, (r²/d)I): from a stationary point E‖x₁ − x₀‖² = η²r².</summary>
    [Fact]
    public void PsgdNoiseHasCovarianceRSquaredOverD()
    {
        const int d = 20;
        var f = new SaddleEscape.Problems.QuadraticSaddle(Enumerable.Repeat(1.0, d).ToArray(), 0);
        double sum = 0;
        const int n = 4000;
        for (int seed = 0; seed < n; seed++)
        {
            var r = Minimizer.Run(new Oracle(f), new Euclidean(d), new PerturbedStochasticGradientDescent(0.1, 0.5, 1, d), new double[d],
                new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(1), Certificate = null });
            sum += TensorPrimitives.Dot(r.X, r.X);
        }

        double expected = 0.1 * 0.1 * 0.5 * 0.5;
        double se = expected * Math.Sqrt(2.0 / d / n);
        Assert.InRange(sum / n, expected - (4 * se), expected + (4 * se));
    }

    [Fact]
    public void SaddleNgdTakesStepsOfExactlyTheStepSize()
    {
        var f = new SaddleEscape.Problems.QuadraticSaddle([-1, 1, 2, 3], 1);
        var x0 = new[] { 0.3, -0.2, 0.5, 0.1 };
        var r = Minimizer.Run(new Oracle(f), new Euclidean(4), new SaddleNormalizedGradientDescent(0.01, 1, 1000, 4), x0,
            new MinimizerOptions { Seed = 3, Stop = StoppingRule.AfterIterations(1), Certificate = null });
        var step = r.X.Zip(x0, (a, b) => a - b).ToArray();
        Assert.Equal(0.01, TensorPrimitives.Norm(step), 12);
    }
}
