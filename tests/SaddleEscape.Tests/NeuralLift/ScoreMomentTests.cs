using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.NeuralLift;
using SaddleEscape.Tensors;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class ScoreMomentTests(ITestOutputHelper output)
{
    [Fact]
    public void ImplicitMomentsEqualTheAverageOfPerSampleScores()
    {
        var problem = NeuralLiftProblem.Draw(4, 2, seed: 3);
        var (x, y) = problem.Sample(300, "train");
        const int d = 4;
        var score = new MixtureScoreFunction(problem.Density);
        var third = ScoreThirdMoment.Estimate(problem.Density, x, y);
        var second = ScoreThirdMoment.EstimateSecond(problem.Density, x, y);
        var u = new[] { 0.2, -0.7, 0.5, 1.0 };
        var v = new[] { 1.1, 0.3, -0.4, 0.6 };
        var expected = new double[d];
        var sample = new double[d];
        var expected2 = new double[d * d];
        var s2 = new double[d * d];
        for (int i = 0; i < y.Length; i++)
        {
            score.ThirdContract(x.AsSpan(i * d, d), u, v, sample);
            score.Second(x.AsSpan(i * d, d), s2);
            for (int j = 0; j < d; j++)
            {
                expected[j] += y[i] * sample[j] / y.Length;
            }

            for (int j = 0; j < d * d; j++)
            {
                expected2[j] += y[i] * s2[j] / y.Length;
            }
        }

        var actual = new double[d];
        third.Contract(u, v, [], actual);
        for (int j = 0; j < d; j++)
        {
            Assert.Equal(expected[j], actual[j], 1e-12);
        }

        for (int j = 0; j < d * d; j++)
        {
            Assert.Equal(expected2[j], second[j / d, j % d], 1e-12);
        }
    }

    [Fact]
    public void WhitenedTransformEqualsTheMultilinearForm()
    {
        var problem = NeuralLiftProblem.Draw(5, 3, seed: 4);
        var (x, y) = problem.Sample(400, "train");
        var third = ScoreThirdMoment.Estimate(problem.Density, x, y);
        var random = new Random(5);
        var w = new double[5, 3];
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                w[i, j] = random.NextDouble() - 0.5;
            }
        }

        var transformed = third.Transform(w);
        var columns = Enumerable.Range(0, 3).Select(j => Enumerable.Range(0, 5).Select(i => w[i, j]).ToArray()).ToArray();
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                for (int c = 0; c < 3; c++)
                {
                    var ea = Basis(3, a);
                    Assert.Equal(third.Form(columns[a], columns[b], columns[c], []), transformed.Form(ea, Basis(3, b), Basis(3, c), []), 1e-12);
                }
            }
        }
    }

    [Fact]
    public void EstimatesAgreeWithThePopulationMomentsWithinFourStandardErrorsAndControlVariatesShrinkTheError()
    {
        // Closed form (Eq. 10–11 with Thm. 3): E[y·S₃(x)](u,u,u) = Σ λ₃,j⟨a_j,u⟩³, λ₃,j = a₂,j E[σ'''(z_j)] by quadrature.
        var problem = NeuralLiftProblem.Draw(4, 2, seed: 6);
        const int d = 4, n = 100_000;
        var (x, y) = problem.Sample(n, "train");
        var population3 = PopulationScoreMoments.Third(problem.Teacher, problem.Density);
        var population2 = PopulationScoreMoments.Second(problem.Teacher, problem.Density);
        var score = new MixtureScoreFunction(problem.Density);
        var centered = PolynomialControlVariate.Residuals(x, y, d, 0);
        var linear = PolynomialControlVariate.Residuals(x, y, d, 1);
        var quadratic = PolynomialControlVariate.Residuals(x, y, d, 2);
        var random = new Random(7);
        var contracted = new double[d];
        var s2 = new double[d * d];
        for (int trial = 0; trial < 3; trial++)
        {
            var u = Enumerable.Range(0, d).Select(_ => random.NextDouble() - 0.5).ToArray();
            var uv = Vector<double>.Build.DenseOfArray(u);
            double exact3 = population3.Form(u, u, u, []), exact2 = uv * (population2 * uv);
            var (m3c, se3c) = MeanAndError(n, i => centered[i] * Third(score, x, d, i, u, contracted));
            var (m3q, se3q) = MeanAndError(n, i => quadratic[i] * Third(score, x, d, i, u, contracted));
            var (m2c, se2c) = MeanAndError(n, i => centered[i] * Second(score, x, d, i, u, s2));
            var (m2l, se2l) = MeanAndError(n, i => linear[i] * Second(score, x, d, i, u, s2));
            output.WriteLine($"M₃(u,u,u) = {exact3:E3}: centred {m3c:E3} ± {se3c:E1}, quadratic CV {m3q:E3} ± {se3q:E1}; M₂(u,u) = {exact2:E3}: centred {m2c:E3} ± {se2c:E1}, linear CV {m2l:E3} ± {se2l:E1}");
            foreach (var (mean, se, exact, what) in new[] { (m3c, se3c, exact3, "M₃ centred"), (m3q, se3q, exact3, "M₃ quadratic"), (m2c, se2c, exact2, "M₂ centred"), (m2l, se2l, exact2, "M₂ linear") })
            {
                Assert.True(Math.Abs(mean - exact) <= 4 * se, $"{what}: {mean} vs {exact} (SE {se})");
            }

            Assert.True(se3q < 0.7 * se3c, $"quadratic control variate SE {se3q} vs centred {se3c}");
            Assert.True(se2l < 0.7 * se2c, $"linear control variate SE {se2l} vs centred {se2c}");
        }
    }

    private static double Third(MixtureScoreFunction score, double[] x, int d, int i, double[] u, double[] contracted)
    {
        score.ThirdContract(x.AsSpan(i * d, d), u, u, contracted);
        return contracted.Zip(u, (p, q) => p * q).Sum();
    }

    private static double Second(MixtureScoreFunction score, double[] x, int d, int i, double[] u, double[] s2)
    {
        score.Second(x.AsSpan(i * d, d), s2);
        double value = 0;
        for (int j = 0; j < d; j++)
        {
            for (int k = 0; k < d; k++)
            {
                value += u[j] * s2[(j * d) + k] * u[k];
            }
        }

        return value;
    }

    private static (double Mean, double Error) MeanAndError(int n, Func<int, double> sample)
    {
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++)
        {
            double v = sample(i);
            sum += v;
            sum2 += v * v;
        }

        double mean = sum / n;
        return (mean, Math.Sqrt(((sum2 / n) - (mean * mean)) / n));
    }

    private static double[] Basis(int d, int i)
    {
        var e = new double[d];
        e[i] = 1;
        return e;
    }
}
