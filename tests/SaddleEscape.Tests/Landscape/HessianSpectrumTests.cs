using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;

namespace SaddleEscape.Tests.Landscape;

public sealed class HessianSpectrumTests
{
    // 300×300 with 6 eigenvalues in [−2, −0.5], 10 zeros and 284 in [0.1, 3], in a random orthonormal basis.
    private static (DenseSymmetricOperator Op, double[] Sorted) TestHessian()
    {
        int n = 300;
        var rnd = new Random(3);
        var eig = Enumerable.Range(0, n).Select(i => i < 6 ? -0.5 - (1.5 * rnd.NextDouble()) : i < 16 ? 0.0 : 0.1 + (2.9 * rnd.NextDouble())).ToArray();
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => MathNet.Numerics.Distributions.Normal.Sample(rnd, 0, 1));
        var q = g.QR().Q;
        var a = q * Matrix<double>.Build.DiagonalOfDiagonalArray(eig) * q.Transpose();
        return (new DenseSymmetricOperator((a + a.Transpose()) * 0.5), eig.Order().ToArray());
    }

    [Fact]
    public void ExtremeEigenpairsAndTheWholeSpectrumMatchADenseEigendecompositionTo1e8()
    {
        var (op, sorted) = TestHessian();
        var bottom = HessianSpectrum.Bottom(op, 8);
        var top = HessianSpectrum.Top(op, 5);
        for (int i = 0; i < bottom.Count; i++)
        {
            Assert.Equal(sorted[i], bottom[i].Value, 1e-8);
            Assert.True(bottom[i].Residual < 1e-8, $"residual {bottom[i].Residual}");
        }

        for (int i = 0; i < top.Count; i++)
        {
            Assert.Equal(sorted[^(i + 1)], top[i].Value, 1e-8);
        }

        var all = HessianSpectrum.All(op);
        Assert.Equal(sorted.Length, all.Length);
        Assert.All(all.Zip(sorted), p => Assert.Equal(p.Second, p.First, 1e-8));
        var counts = HessianSpectrum.Count(all, 1e-6);
        Assert.Equal((6, 10, 284, true), (counts.Negative, counts.NearZero, counts.Positive, counts.Exact));
    }

    [Fact]
    public void TheSlqDensityIsWithinOnePercentOfTheSpectralWidthInWasserstein1()
    {
        // The tolerance the README states: 10 probes × 80 Lanczos steps, W1 ≤ 0.01·(λ_max − λ_min) (measured 0.0256 of a width of 5).
        var (op, sorted) = TestHessian();
        var density = SpectralDensity.Estimate(op, 10, 80, seed: 1);
        double width = sorted[^1] - sorted[0];
        Assert.True(density.Wasserstein1(sorted) <= 0.01 * width, $"W1 = {density.Wasserstein1(sorted)}");
        var counts = HessianSpectrum.Count(density, 0.05);
        Assert.InRange(counts.Negative, 3, 9);
        Assert.False(counts.Exact);
    }

    [Fact]
    public void HutchinsonsTraceIsWithinFourStandardErrors()
    {
        var (op, sorted) = TestHessian();
        var trace = HessianSpectrum.Trace(op, 30, seed: 2);
        Assert.True(Math.Abs(trace.Value - sorted.Sum()) <= 4 * trace.StandardError, $"{trace.Value} ± {trace.StandardError} vs {sorted.Sum()}");
        Assert.True(trace.StandardError < 0.05 * sorted.Sum());
    }

    [Fact]
    public void Wasserstein1OfAMeasureWithItselfIsZeroAndOfAShiftIsTheShift()
    {
        var op = new DenseSymmetricOperator(Matrix<double>.Build.DenseOfDiagonalArray([1.0, 2, 3, 4]));
        var exact = SpectralDensity.Estimate(op, 4, 4, seed: 5);
        Assert.Equal(0, exact.Wasserstein1([1.0, 2, 3, 4]), 1e-9);
        Assert.Equal(0.5, exact.Wasserstein1([1.5, 2.5, 3.5, 4.5]), 1e-9);
    }

    [Fact]
    public void BadRequestsAreRefused()
    {
        var op = new DenseSymmetricOperator(Matrix<double>.Build.DenseIdentity(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => HessianSpectrum.Bottom(op, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => HessianSpectrum.Bottom(op, 0));
        Assert.Throws<ArgumentException>(() => HessianSpectrum.All(op, limit: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => HessianSpectrum.Count([1.0], double.NaN));
    }
}
