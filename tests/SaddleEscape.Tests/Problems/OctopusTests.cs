using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

public sealed class OctopusTests
{
    private static readonly OctopusFunction F = new(5);
    private static readonly double Tau = Math.E;

    /// <summary>Points in every kind of piece: u₀ ≤ τ; spline at i = 0, 2 and the last index; all &gt; 2τ.</summary>
    public static TheoryData<double[]> PiecePoints => new()
    {
        new[] { 0.7, -0.3, 0.2, 0.9, -0.5 },
        new[] { -4.1, 0.6, -0.2, 0.4, 0.1 },
        new[] { 9.0, -11.5, 3.9, -0.8, 0.3 },
        new[] { 10.0, -9.0, 12.0, 11.0, -4.5 },
        new[] { 10.0, -9.0, 12.0, 11.0, 13.0 },
        new[] { 10.0, 1.0, -0.5, 0.25, 0.0 },
    };

    [Theory]
    [MemberData(nameof(PiecePoints))]
    public void GradientMatchesFiniteDifferencesInEveryPiece(double[] x)
    {
        Assert.True(F.Contains(x));
        var check = DerivativeChecker.CheckGradient(F, x, new Random(1), step: 1e-6, tolerance: 1e-6);
        Assert.True(check.Passed, check.ToString());
    }

    [Theory]
    [MemberData(nameof(PiecePoints))]
    public void HessianVectorProductMatchesFiniteDifferencesInEveryPiece(double[] x)
    {
        var check = DerivativeChecker.CheckHessianVectorProduct(F, x, new Random(2), step: 1e-6, tolerance: 1e-6);
        Assert.True(check.Passed, check.ToString());
    }

    [Fact]
    public void SplineEndpointsMatchTheNeighboringPieces()
    {
        double l = F.L, g = F.Gamma;
        Assert.Equal(-g * Tau * Tau, F.G1(Tau), 12);
        Assert.Equal(-2 * g * Tau, F.G1Prime(Tau), 12);
        Assert.Equal(-2 * g, F.G1Second(Tau), 12);
        Assert.Equal((4 * l * Tau * Tau) - F.Nu, F.G1(2 * Tau), 10);
        Assert.Equal(-4 * l * Tau, F.G1Prime(2 * Tau), 10);
        Assert.Equal(2 * l, F.G1Second(2 * Tau), 10);
        Assert.Equal(l, F.G2(Tau), 12);
        Assert.Equal(-g, F.G2(2 * Tau), 12);
        Assert.Equal(0, F.G2Prime(Tau), 10);
        Assert.Equal(0, F.G2Prime(2 * Tau), 12);
        Assert.Equal(0, F.G2Second(2 * Tau), 12);
    }

    /// <summary>Crossing u_i = τ or u_i = 2τ (for a middle and the last index) changes f and ∇f continuously.</summary>
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(0, 2.0)]
    [InlineData(2, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(4, 1.0)]
    [InlineData(4, 2.0)]
    public void ValueAndGradientAreContinuousAcrossPieceBoundaries(int index, double multipleOfTau)
    {
        var x = new double[5];
        for (int j = 0; j < index; j++)
        {
            x[j] = (j % 2 == 0 ? 1 : -1) * 4.3 * Tau;
        }

        for (int j = index + 1; j < 5; j++)
        {
            x[j] = 0.3 + (0.1 * j);
        }

        double boundary = multipleOfTau * Tau;
        const double h = 1e-9;
        var below = (double[])x.Clone();
        var above = (double[])x.Clone();
        below[index] = boundary - h;
        above[index] = boundary + h;
        var gBelow = new double[5];
        var gAbove = new double[5];
        double fBelow = F.ValueAndGradient(below, gBelow);
        double fAbove = F.ValueAndGradient(above, gAbove);
        Assert.True(Math.Abs(fBelow - fAbove) < 1e-7, $"f jumps by {fAbove - fBelow}");
        for (int j = 0; j < 5; j++)
        {
            Assert.True(Math.Abs(gBelow[j] - gAbove[j]) < 1e-6, $"∂f/∂x{j} jumps from {gBelow[j]} to {gAbove[j]}");
        }
    }

    [Fact]
    public void GlobalMinimumIsMinusDNuAtFourTau()
    {
        var x = Enumerable.Repeat(4 * Tau, 5).ToArray();
        x[1] = -x[1];
        var grad = new double[5];
        Assert.Equal(F.GlobalMinimum, F.ValueAndGradient(x, grad), 10);
        Assert.Equal(-5 * ((13.0 / 6 * Tau * Tau) + (37.0 / 6 * Math.E * Tau * Tau)), F.GlobalMinimum, 10);
        Assert.All(grad, v => Assert.Equal(0, v, 12));
    }

    [Fact]
    public void OutsideTheTubeTheValueIsInfiniteAndTheRunStopsWithLeftDomain()
    {
        var outside = new[] { 0.5, 3.0, 0.1, 0.1, 0.1 };
        Assert.False(F.Contains(outside));
        Assert.Equal(double.PositiveInfinity, F.Value(outside));

        var result = Minimizer.Run(new Oracle(F), new SaddleEscape.Manifolds.Euclidean(5), new GradientDescent(0.1), outside, new MinimizerOptions());
        Assert.Equal("left-domain", result.StopReason.Name);
        Assert.True(result.Diverged);
        Assert.Contains("tube", result.StopReason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PaperStartIsUniformOnTheCube()
    {
        var def = SaddleEscape.Experiments.Catalog.ProblemCatalog.Get("octopus");
        var starts = Enumerable.Range(0, 200).SelectMany(s => def.Create(5, [], s).Instance.Start).ToArray();
        Assert.All(starts, v => Assert.InRange(v, -1, 1));
        Assert.InRange(starts.Average(), -0.05, 0.05);
        Assert.InRange(starts.Average(v => v * v), 1 / 3.0 - 0.03, 1 / 3.0 + 0.03);
    }
}
