using SaddleEscape.NeuralLift;
using SaddleEscape.Tensors;
using System.Reflection;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class FirstLayerEstimatorTests(ITestOutputHelper output)
{
    /// <summary>The drawn teacher with a₂'s signs set so that every λ₂,j = a₂,j E[σ''] is positive: M₂ is then positive semi-definite and whitening makes the columns orthonormal.</summary>
    private static (TwoLayerNetwork Teacher, DiagonalGaussianMixture Density) DefiniteTeacher(int d, int k, int seed)
    {
        var problem = NeuralLiftProblem.Draw(d, k, seed);
        var lambdas = PopulationScoreMoments.Weights(problem.Teacher, problem.Density, 2);
        var a2 = problem.Teacher.OutputWeights.ToArray().Select((w, j) => Math.Abs(w) * Math.Sign(lambdas[j] * w)).ToArray();
        return (new TwoLayerNetwork(d, problem.Teacher.FirstLayer.ToArray(), problem.Teacher.Biases.ToArray(), a2, problem.Teacher.OutputBias), problem.Density);
    }

    [Theory]
    [InlineData(5, 3, 1, LiftDecomposition.PowerMethod)]
    [InlineData(5, 3, 1, LiftDecomposition.NoisyGradient)]
    [InlineData(10, 6, 2, LiftDecomposition.PowerMethod)]
    [InlineData(10, 6, 2, LiftDecomposition.NoisyGradient)]
    public void ExactMomentsOfATeacherWithOrthonormalWhitenedColumnsGiveTheFirstLayerToOneInAMillion(int d, int k, int seed, LiftDecomposition method)
    {
        var (teacher, density) = DefiniteTeacher(d, k, seed);
        var estimate = FirstLayerEstimator.Estimate(PopulationScoreMoments.Second(teacher, density), PopulationScoreMoments.Third(teacher, density), k, new NeuralLiftOptions(method), seed);
        Assert.False(estimate.Rewhitened);
        Assert.All(estimate.SecondMomentEigenvalues, v => Assert.True(v > 0));
        double error = ComponentMatching.Error(estimate.Directions, teacher.FirstLayer, d);
        output.WriteLine($"{method}: error {error:E2}, spurious maxima restarted {estimate.SpuriousMaxima}");
        Assert.True(error <= 1e-6, $"recovery error {error}");
    }

    [Theory]
    [InlineData(5, 3, 1, LiftDecomposition.PowerMethod)]
    [InlineData(5, 3, 1, LiftDecomposition.NoisyGradient)]
    [InlineData(8, 5, 3, LiftDecomposition.PowerMethod)]
    public void ExactMomentsWithAnIndefiniteSecondMomentAreRewhitenedAndStillRecovered(int d, int k, int seed, LiftDecomposition method)
    {
        var problem = NeuralLiftProblem.Draw(d, k, seed);
        var lambdas = PopulationScoreMoments.Weights(problem.Teacher, problem.Density, 2);
        Assert.True(lambdas.Any(l => l > 0) && lambdas.Any(l => l < 0), "this teacher was meant to have λ₂ of both signs");
        var estimate = FirstLayerEstimator.Estimate(PopulationScoreMoments.Second(problem.Teacher, problem.Density), PopulationScoreMoments.Third(problem.Teacher, problem.Density), k, new NeuralLiftOptions(method), seed);
        Assert.True(estimate.Rewhitened);
        double error = ComponentMatching.Error(estimate.Directions, problem.Teacher.FirstLayer, d);
        Assert.True(error <= 1e-6, $"recovery error {error}");
    }

    [Fact]
    public void FromDataTheRecoveryErrorShrinksWithTheSampleSize()
    {
        // d = 5, k = 3, six teachers (λ₂ of mixed signs in most): the median over teachers of the worst-column error at n = 10⁵
        // must be below 0.6 of the one at n = 10⁴ (1/√10 ≈ 0.32 in the asymptotic regime; 0.6 leaves room for teachers
        // that are not there yet, and fails if the error does not shrink).
        var small = new List<double>();
        var large = new List<double>();
        for (int seed = 1; seed <= 6; seed++)
        {
            var problem = NeuralLiftProblem.Draw(5, 3, seed);
            foreach (var (n, into) in new[] { (10_000, small), (100_000, large) })
            {
                var (x, y) = problem.Sample(n, "train");
                var m2 = ScoreThirdMoment.EstimateSecond(problem.Density, x, PolynomialControlVariate.Residuals(x, y, 5, 1));
                var m3 = ScoreThirdMoment.Estimate(problem.Density, x, PolynomialControlVariate.Residuals(x, y, 5, 2));
                var estimate = FirstLayerEstimator.Estimate(m2, m3, 3, new NeuralLiftOptions(), seed);
                into.Add(ComponentMatching.Error(estimate.Directions, problem.Teacher.FirstLayer, 5));
            }
        }

        output.WriteLine($"n = 1e4: {string.Join(", ", small.Select(e => e.ToString("F3")))}; n = 1e5: {string.Join(", ", large.Select(e => e.ToString("F3")))}");
        Assert.True(Median(large) < 0.6 * Median(small), $"median error {Median(large)} at n = 1e5 is not below 0.6 × {Median(small)} at n = 1e4");
    }

    [Fact]
    public void TheEstimatorsNeverReceiveTheTeacher()
    {
        // No ground truth can leak in: no public method of the estimators takes a network, a problem or population moments' weights.
        var forbidden = new[] { typeof(TwoLayerNetwork), typeof(NeuralLiftProblem) };
        foreach (var type in new[] { typeof(NeuralLiftEstimator), typeof(FirstLayerEstimator), typeof(FourierBiasEstimator), typeof(ProfileBiasSearch), typeof(RidgeReadout), typeof(PolynomialControlVariate) })
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                Assert.DoesNotContain(method.GetParameters(), p => forbidden.Contains(p.ParameterType));
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
