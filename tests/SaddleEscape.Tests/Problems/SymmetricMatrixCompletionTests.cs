using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

public sealed class SymmetricMatrixCompletionTests
{
    /// <summary>U* with N(0, 1) entries from <c>new Random(seed)</c> and M = U*U*ᵀ.</summary>
    internal static (Matrix<double> UStar, Matrix<double> M) Target(int n, int r, int seed)
    {
        var random = new Random(seed);
        var uStar = Matrix<double>.Build.Dense(n, r, (_, _) => Normal.Sample(random, 0, 1));
        return (uStar, uStar.TransposeAndMultiply(uStar));
    }

    internal static double[] Flat(Matrix<double> u) => [.. Enumerable.Range(0, u.RowCount * u.ColumnCount).Select(k => u[k / u.ColumnCount, k % u.ColumnCount])];

    [Theory]
    [InlineData(0.4, 1)]
    [InlineData(1.0, 2)]
    public void GradientAndHessianVectorProductMatchFiniteDifferences(double probability, int seed)
    {
        var f = SymmetricMatrixCompletion.WithRandomMask(Target(8, 3, seed).M, 3, probability, seed + 10);
        var x = TestPoints.Gaussian(f.Dimension, seed + 20);
        var gradient = DerivativeChecker.CheckGradient(f, x, new Random(1), step: 1e-6, tolerance: 1e-6);
        Assert.True(gradient.Passed, gradient.ToString());
        var hvp = DerivativeChecker.CheckHessianVectorProduct(f, x, new Random(2), step: 1e-6, tolerance: 1e-6);
        Assert.True(hvp.Passed, hvp.ToString());
    }

    [Fact]
    public void TheValueIsHalfTheSquaredResidualOverTheObservedEntriesOfBothTriangles()
    {
        var (_, m) = Target(5, 2, 3);
        var f = new SymmetricMatrixCompletion(m, 2, [(0, 0), (1, 3), (3, 1), (4, 2)]);
        var x = TestPoints.Gaussian(f.Dimension, 4);
        var u = Matrix<double>.Build.Dense(5, 2, (i, j) => x[(i * 2) + j]);
        var e = u.TransposeAndMultiply(u) - m;
        // Ω = {(0,0), (1,3), (3,1), (2,4), (4,2)}: (3,1) repeats (1,3); each off-diagonal pair counts twice.
        double expected = 0.5 * ((e[0, 0] * e[0, 0]) + (2 * e[1, 3] * e[1, 3]) + (2 * e[2, 4] * e[2, 4]));
        Assert.Equal(expected, f.Value(x), 12);
        Assert.Equal(3, f.Observed.Count);
        Assert.Equal(5.0 / 25, f.ObservedFraction, 12);
    }

    [Fact]
    public void TheTruthHasValueZeroAndEveryRotationOfItToo()
    {
        var (uStar, m) = Target(10, 3, 5);
        var f = SymmetricMatrixCompletion.WithRandomMask(m, 3, 0.4, 6);
        var q = Matrix<double>.Build.Random(3, 3, 7).QR().Q;
        Assert.True(f.Value(Flat(uStar)) < 1e-24, $"f(U*) = {f.Value(Flat(uStar))}");
        Assert.True(f.Value(Flat(uStar * q)) < 1e-24, $"f(U*Q) = {f.Value(Flat(uStar * q))}");
        Assert.Equal(0, f.RelativeError(Flat(uStar * q)), 12);
        Assert.Equal(1, f.RelativeError(new double[f.Dimension]), 12);
    }

    [Fact]
    public void TheRandomMaskIsSymmetricSeededAndNearItsProbability()
    {
        var (_, m) = Target(30, 3, 8);
        var a = SymmetricMatrixCompletion.WithRandomMask(m, 3, 0.4, 9);
        var b = SymmetricMatrixCompletion.WithRandomMask(m, 3, 0.4, 9);
        Assert.Equal(a.Observed, b.Observed);
        Assert.All(a.Observed, e => Assert.True(e.Row <= e.Column));
        // 465 pairs i ≤ j drawn with p = 0.4: the fraction of the 900 entries is 0.4 ± a few percent.
        Assert.InRange(a.ObservedFraction, 0.33, 0.47);
        Assert.NotEqual(a.Observed, SymmetricMatrixCompletion.WithRandomMask(m, 3, 0.4, 10).Observed);
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        var (_, m) = Target(4, 2, 11);
        Assert.Throws<ArgumentException>(() => new SymmetricMatrixCompletion(m, 2, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SymmetricMatrixCompletion(m, 2, [(0, 4)]));
        Assert.Throws<ArgumentException>(() => new SymmetricMatrixCompletion(Matrix<double>.Build.Random(4, 4, 1), 2, [(0, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SymmetricMatrixCompletion.WithRandomMask(m, 2, 0, 1));
        Assert.Throws<ArgumentException>(() => new SymmetricMatrixCompletion(m, 2, [(0, 1)]).Value(new double[7]));
    }
}
