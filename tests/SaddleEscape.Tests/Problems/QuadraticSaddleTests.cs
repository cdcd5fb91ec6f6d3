using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

public sealed class QuadraticSaddleTests
{
    private static QuadraticSaddle Objective(int n = 8) =>
        new(Enumerable.Range(0, n).Select(i => i < 2 ? -1.5 : 0.5 + i).ToArray(), 0.7);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void GradientMatchesFiniteDifferences(int seed)
    {
        var check = DerivativeChecker.CheckGradient(Objective(), TestPoints.Gaussian(8, seed), new Random(seed), tolerance: 1e-7);
        Assert.True(check.Passed, check.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void HessianVectorProductMatchesFiniteDifferences(int seed)
    {
        var check = DerivativeChecker.CheckHessianVectorProduct(Objective(), TestPoints.Gaussian(8, seed), new Random(seed), tolerance: 1e-7);
        Assert.True(check.Passed, check.ToString());
    }

    [Fact]
    public void TheCheckerCatchesAWrongGradient()
    {
        var check = DerivativeChecker.CheckGradient(new WrongGradient(Objective()), TestPoints.Gaussian(8, 4), new Random(4));
        Assert.False(check.Passed, check.ToString());
    }

    [Fact]
    public void GroundTruthMinimumIsWhereTheFormulaSays()
    {
        var def = ProblemCatalog.Get("quadratic-saddle");
        var p = def.Create(6, ["gamma=2", "mu=0.5"], 0);
        var min = new double[6];
        min[0] = -Math.Sqrt(2 / 0.5);
        Assert.Equal(-2.0 * 2.0 / (4 * 0.5), p.Instance.Objective.Value(min), 12);
        Assert.Equal(p.Instance.Truth!.GlobalMinimum!.Value, p.Instance.Objective.Value(min), 12);
        Assert.Equal(0, p.Instance.Truth.RecoveryError(min), 12);
        Assert.Equal(Math.Sqrt(2 / 0.5), p.Instance.Truth.RecoveryError(new double[6]), 12);
    }

    [Fact]
    public void StableManifoldStartHasZeroNegativeCoordinates()
    {
        var def = ProblemCatalog.Get("quadratic-saddle");
        var p = def.Create(10, ["start=stable-manifold", "s=3"], 5);
        Assert.Equal([0.0, 0.0, 0.0], p.Instance.Start[..3]);
        Assert.All(p.Instance.Start[3..], v => Assert.NotEqual(0.0, v));
    }

    [Theory]
    [InlineData("gamma=-1", "gamma")]
    [InlineData("s=10", "'s'")]
    [InlineData("start=nowhere", "start")]
    [InlineData("colour=red", "colour")]
    [InlineData("mu=abc", "mu")]
    public void BadSettingsAreRejectedNamingTheParameter(string setting, string named)
    {
        var def = ProblemCatalog.Get("quadratic-saddle");
        var e = Assert.Throws<ArgumentException>(() => def.Create(10, [setting], 0));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    private sealed class WrongGradient(IObjective inner) : IObjective
    {
        public int Dimension => inner.Dimension;

        public double Value(ReadOnlySpan<double> x) => inner.Value(x);

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
        {
            double v = inner.ValueAndGradient(x, gradient);
            gradient[3] *= 1.001;
            return v;
        }
    }
}
