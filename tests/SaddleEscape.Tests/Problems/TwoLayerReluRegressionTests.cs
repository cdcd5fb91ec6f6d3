using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

public sealed class TwoLayerReluRegressionTests
{
    [Fact]
    public void GradientMatchesFiniteDifferencesAwayFromTheKinks()
    {
        var random = new Random(2);
        var x = Enumerable.Range(0, 40 * 3).Select(_ => random.NextDouble() - 0.5).ToArray();
        var y = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray();
        var model = new TwoLayerReluRegression(4, 3, x, y);
        Assert.Equal(4 * 5 + 1, model.Dimension);
        var theta = TestPoints.Gaussian(model.Dimension, 9);
        var check = DerivativeChecker.CheckGradient(model, theta, new Random(1), step: 1e-7, tolerance: 1e-5);
        Assert.True(check.Passed, check.ToString());
    }

    [Fact]
    public void AZeroNetworkPredictsItsBiasSoTheLossIsHalfTheMeanSquaredTarget()
    {
        var model = new TwoLayerReluRegression(2, 1, [0.5, -0.5], [1.0, 3.0]);
        var theta = new double[model.Dimension];
        theta[^1] = 1;
        Assert.Equal((0 + 4) / 4.0, model.Value(theta), 12);
        Assert.Throws<ArgumentException>(() => new TwoLayerReluRegression(2, 2, [0.5, -0.5, 1], [1.0, 3.0]));
    }
}
