using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Tensors;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.Tensors;

public sealed class WhiteningTests(ITestOutputHelper output)
{
    private static (double[,] A, double[] W) Model(int k, int d, int seed)
    {
        var random = new Random(seed);
        var a = RandomComponents.WithCondition(k, d, 8, random);
        var w = Enumerable.Range(0, k).Select(_ => 0.5 + random.NextDouble()).ToArray();
        return (a, w);
    }

    private static double WeightError(double[] truth, double[] estimate)
    {
        var t = truth.Order().ToArray();
        var e = estimate.Order().ToArray();
        return t.Zip(e, (x, y) => Math.Abs(x - y)).Max();
    }

    [Theory]
    [InlineData(5, 8, 1, 3)]
    [InlineData(4, 4, 2, 3)]
    [InlineData(6, 12, 3, 3)]
    [InlineData(4, 7, 1, 4)]
    [InlineData(3, 3, 2, 4)]
    public void ExactMomentsRoundTripToOneInAMillion(int k, int d, int seed, int order)
    {
        // Order 3: weights 1/μ², components μ·B·v; order 4: weights 1/μ, components √μ·B·v.
        var (a, w) = Model(k, d, seed);
        Assert.True(RandomComponents.ConditionNumber(a) <= 10, $"condition {RandomComponents.ConditionNumber(a)}");
        var am = Matrix<double>.Build.DenseOfArray(a);
        var m2 = am.TransposeThisAndMultiply(Matrix<double>.Build.DiagonalOfDiagonalArray(w) * am);
        var moment = LowRankSymmetricTensor.FromComponents(order, w, a);
        var whitening = Whitening.FromSecondMoment(m2, k);
        var pairs = TensorPowerMethod.Decompose(whitening.Whiten(moment), k, restarts: 10, iterations: order == 3 ? 100 : 200, svdStarts: order == 3, new Random(seed));
        var (weights, components) = whitening.Unwhiten(pairs, order);
        double error = ComponentMatching.Error(RandomComponents.Flatten(components), RandomComponents.Flatten(a), d);
        Assert.True(error <= 1e-6, $"component error {error}");
        Assert.True(WeightError(w, weights) <= 1e-6, $"weight error {WeightError(w, weights)}");
        Assert.True(whitening.IsDefinite);
    }

    [Fact]
    public void IndefiniteSecondMomentsWhitenWithAbsoluteEigenvaluesAndCarryTheSigns()
    {
        var (a, _) = Model(3, 5, 9);
        var w = new[] { 1.0, -0.7, 0.4 };
        var am = Matrix<double>.Build.DenseOfArray(a);
        var m2 = am.TransposeThisAndMultiply(Matrix<double>.Build.DiagonalOfDiagonalArray(w) * am);
        var whitening = Whitening.FromSecondMoment(m2, 3);
        var signature = whitening.W.TransposeThisAndMultiply(m2 * whitening.W);
        Assert.Equal(2, whitening.Signs.Count(s => s > 0));
        Assert.Equal(1, whitening.Signs.Count(s => s < 0));
        Assert.False(whitening.IsDefinite);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Assert.Equal(i == j ? whitening.Signs[i] : 0.0, signature[i, j], 1e-10);
            }
        }
    }

    [Fact]
    public void FromSamplesTheErrorShrinksWithN()
    {
        var (a, w) = Model(4, 6, 7);
        double previous = double.PositiveInfinity;
        foreach (int n in new[] { 2_000, 20_000, 100_000 })
        {
            var x = SphericalGaussianMixture.Sample(a, w, 0.1, n, new Random(n));
            var whitening = Whitening.FromSecondMoment(SphericalGaussianMixture.SecondMoment(x, 0.1), 4);
            var t = SphericalGaussianMixture.WhitenedThirdMoment(x, 0.1, whitening);
            var (_, components) = whitening.Unwhiten(TensorPowerMethod.Decompose(t, 4, 10, 100, true, new Random(1)), order: 3);
            double error = ComponentMatching.Error(RandomComponents.Flatten(components), RandomComponents.Flatten(a), 6);
            output.WriteLine($"n = {n}: component error {error:E3}");
            Assert.True(error < previous * 1.2, $"error {error} at n = {n} did not shrink from {previous}");
            previous = error;
        }

        Assert.True(previous < 0.1, $"error at n = 1e5 is {previous}");
    }

    [Fact]
    public void PowerMethodRecoversAnOrthogonalTensor()
    {
        var comps = RandomComponents.Orthonormal(5, 7, new Random(3));
        var lambdas = new[] { 1.0, 1.5, 2.0, 2.5, 3.0 };
        foreach (int order in new[] { 3, 4 })
        {
            var pairs = TensorPowerMethod.Decompose(LowRankSymmetricTensor.FromComponents(order, lambdas, comps), 5, 10, 50, svdStarts: order == 3, new Random(4));
            var estimate = pairs.SelectMany(p => p.Vector).ToArray();
            Assert.True(ComponentMatching.Error(estimate, RandomComponents.Flatten(comps), 7) < 1e-8);
            Assert.Equal(lambdas.Reverse(), pairs.Select(p => Math.Round(p.Eigenvalue, 8)));
        }
    }
}
