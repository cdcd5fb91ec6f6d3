using SaddleEscape.NeuralLift;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class MixtureScoreFunctionTests(ITestOutputHelper output)
{
    private static DiagonalGaussianMixture Mixture(int d, int seed) => DiagonalGaussianMixture.Draw(d, 3, new Random(seed));

    private static double[] Point(int d, int seed) => Enumerable.Range(0, d).Select(i => Math.Sin((seed * 7) + (3 * i)) * 1.3).ToArray();

    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    public void FirstAndSecondScoresMatchFiniteDifferencesOfTheDensity(int d, int seed)
    {
        var mixture = Mixture(d, seed);
        var score = new MixtureScoreFunction(mixture);
        var x = Point(d, seed);
        double p = mixture.Density(x);
        var s1 = new double[d];
        var s2 = new double[d * d];
        score.First(x, s1);
        score.Second(x, s2);
        const double h = 1e-4;
        for (int i = 0; i < d; i++)
        {
            double gradient = (mixture.Density(Shift(x, i, h)) - mixture.Density(Shift(x, i, -h))) / (2 * h);
            Assert.Equal(-gradient / p, s1[i], 1e-6 * Math.Max(1, Math.Abs(s1[i])));
            for (int j = 0; j < d; j++)
            {
                double second = (mixture.Density(Shift(Shift(x, i, h), j, h)) - mixture.Density(Shift(Shift(x, i, h), j, -h))
                    - mixture.Density(Shift(Shift(x, i, -h), j, h)) + mixture.Density(Shift(Shift(x, i, -h), j, -h))) / (4 * h * h);
                Assert.True(Math.Abs((second / p) - s2[(i * d) + j]) <= 1e-5 * Math.Max(1, Math.Abs(s2[(i * d) + j])), $"S₂[{i},{j}] = {s2[(i * d) + j]} vs finite differences {second / p}");
            }
        }
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    public void ThirdScoreIsMinusTheDerivativeOfTheSecondDerivativeOfTheDensity(int d, int seed)
    {
        // ∇²p = p·S₂ is checked above; S₃ = −∇(∇²p)/p by central differences of p·S₂.
        var mixture = Mixture(d, seed);
        var score = new MixtureScoreFunction(mixture);
        var x = Point(d, seed);
        double p = mixture.Density(x);
        var s3 = new double[d * d * d];
        score.Third(x, s3);
        var plus = new double[d * d];
        var minus = new double[d * d];
        const double h = 1e-5;
        double worst = 0;
        for (int i = 0; i < d; i++)
        {
            var xp = Shift(x, i, h);
            var xm = Shift(x, i, -h);
            score.Second(xp, plus);
            score.Second(xm, minus);
            double pp = mixture.Density(xp), pm = mixture.Density(xm);
            for (int jk = 0; jk < d * d; jk++)
            {
                double fd = -((pp * plus[jk]) - (pm * minus[jk])) / (2 * h) / p;
                double exact = s3[(i * d * d) + jk];
                worst = Math.Max(worst, Math.Abs(fd - exact) / Math.Max(1, Math.Abs(exact)));
            }
        }

        output.WriteLine($"largest relative difference {worst:E2}");
        Assert.True(worst <= 1e-6, $"S₃ differs from finite differences by {worst:E2}");
    }

    [Fact]
    public void ImplicitContractionsEqualTheDenseTensor()
    {
        const int d = 4;
        var mixture = Mixture(d, 5);
        var score = new MixtureScoreFunction(mixture);
        var x = Point(d, 5);
        var dense = new double[d * d * d];
        score.Third(x, dense);
        var u = new[] { 0.3, -1.1, 0.4, 0.9 };
        var v = new[] { -0.5, 0.2, 1.3, 0.1 };
        var contracted = new double[d];
        score.ThirdContract(x, u, v, contracted);
        for (int i = 0; i < d; i++)
        {
            double expected = 0;
            for (int j = 0; j < d; j++)
            {
                for (int k = 0; k < d; k++)
                {
                    expected += dense[(((i * d) + j) * d) + k] * u[j] * v[k];
                }
            }

            Assert.Equal(expected, contracted[i], 1e-12 * Math.Max(1, Math.Abs(expected)));
        }

        // Symmetry: S₃(x)(a, u, v) is the same in any order.
        double auv = score.ThirdForm(x, [1, 0, 0, 0], u, v);
        Assert.Equal(auv, score.ThirdForm(x, u, [1, 0, 0, 0], v), 1e-12);
        Assert.Equal(auv, score.ThirdForm(x, v, u, [1, 0, 0, 0]), 1e-12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void SteinsIdentityHoldsByMonteCarloWithinFourStandardErrors(int order)
    {
        // g(x) = σ(⟨a, x⟩ + b): E[g·S_m(x)] = E[∇^m g] = E[σ^{(m)}(⟨a,x⟩ + b)]·a^⊗m (Goyal & Ullah Thm. 3), the expectation by quadrature.
        const int d = 3, n = 200_000;
        var mixture = Mixture(d, 11);
        var a = new[] { 0.6, -0.8, 0.0 };
        var single = new TwoLayerNetwork(d, a, [0.3], [1.0], 0);
        double lambda = PopulationScoreMoments.Weights(single, mixture, order)[0];
        var score = new MixtureScoreFunction(mixture);
        var x = mixture.Sample(n, new Random(12));
        var random = new Random(13);
        var contracted = new double[d];
        var s2 = new double[d * d];
        for (int trial = 0; trial < 3; trial++)
        {
            var u = Enumerable.Range(0, d).Select(_ => random.NextDouble() - 0.5).ToArray();
            double exact = lambda * Math.Pow(u.Zip(a, (p, q) => p * q).Sum(), order);
            double sum = 0, sum2 = 0;
            for (int i = 0; i < n; i++)
            {
                var xi = x.AsSpan(i * d, d);
                double g = single.Predict(xi), value;
                if (order == 3)
                {
                    score.ThirdContract(xi, u, u, contracted);
                    value = g * contracted.Zip(u, (p, q) => p * q).Sum();
                }
                else
                {
                    score.Second(xi, s2);
                    value = 0;
                    for (int j = 0; j < d; j++)
                    {
                        for (int k = 0; k < d; k++)
                        {
                            value += g * u[j] * s2[(j * d) + k] * u[k];
                        }
                    }
                }

                sum += value;
                sum2 += value * value;
            }

            double mean = sum / n, se = Math.Sqrt(((sum2 / n) - (mean * mean)) / n);
            output.WriteLine($"S{order}: Monte Carlo {mean:E4} ± {se:E2}, E[∇^m g] = {exact:E4}");
            Assert.True(Math.Abs(mean - exact) <= 4 * se, $"Stein's identity fails for S{order}: {mean} vs {exact} (SE {se})");
        }
    }

    private static double[] Shift(double[] x, int i, double h)
    {
        var y = (double[])x.Clone();
        y[i] += h;
        return y;
    }
}
