using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Objectives;

namespace SaddleEscape.Tests.Landscape;

public sealed class LanczosTests
{
    private static Matrix<double> RandomSymmetric(int n, int seed)
    {
        var g = Matrix<double>.Build.DenseOfColumnArrays(Enumerable.Range(0, n).Select(i => TestPoints.Gaussian(n, (seed * 1000) + i)));
        return (g + g.Transpose()) * 0.5;
    }

    private static Matrix<double> WithSpectrum(double[] eigenvalues, int seed)
    {
        int n = eigenvalues.Length;
        var q = RandomSymmetric(n, seed).QR().Q;
        return q * Matrix<double>.Build.DiagonalOfDiagonalArray(eigenvalues) * q.Transpose();
    }

    private static (double Min, double Max) Dense(Matrix<double> a)
    {
        var e = a.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).ToArray();
        return (e.Min(), e.Max());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(200)]
    public void ExtremeEigenvaluesMatchADenseEigendecomposition(int n)
    {
        var a = RandomSymmetric(n, n);
        var (min, max) = Dense(a);
        var r = Lanczos.ExtremeEigenpairs(new DenseSymmetricOperator(a));
        Assert.True(Math.Abs(r.MinEigenvalue - min) <= 1e-8, $"λ_min {r.MinEigenvalue} vs {min}");
        Assert.True(Math.Abs(r.MaxEigenvalue - max) <= 1e-8, $"λ_max {r.MaxEigenvalue} vs {max}");
        Assert.True(r.Exhausted);

        // An exhausted Krylov space sees the whole spectrum: no ghosts, none missing (needs full reorthogonalisation).
        var all = a.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).Order().ToArray();
        Assert.Equal(all.Length, r.RitzValues.Length);
        for (int i = 0; i < all.Length; i++)
        {
            Assert.True(Math.Abs(all[i] - r.RitzValues[i]) <= 1e-8, $"eigenvalue {i}: {r.RitzValues[i]} vs {all[i]}");
        }

        // The Ritz vector is an eigenvector: ‖Aq − λq‖ small.
        var q = Vector<double>.Build.DenseOfArray(r.MinEigenvector);
        Assert.True((a * q - (r.MinEigenvalue * q)).L2Norm() < 1e-7);
    }

    [Fact]
    public void ClusteredAndRepeatedEigenvaluesAreResolved()
    {
        // A cluster at −1 ± 1e-10, a repeated eigenvalue 2 (×30) that makes the Krylov space invariant early, tiny ones near 0.
        var spectrum = new List<double> { -1, -1 + 1e-10, -1 - 1e-10, 1e-12, -1e-12, 3e-9 };
        spectrum.AddRange(Enumerable.Repeat(2.0, 30));
        spectrum.AddRange(Enumerable.Range(0, 20).Select(i => 5.0 + i));
        var a = WithSpectrum(spectrum.ToArray(), 7);
        var r = Lanczos.ExtremeEigenpairs(new DenseSymmetricOperator(a));
        Assert.Equal(-1 - 1e-10, r.MinEigenvalue, 9);
        Assert.Equal(24.0, r.MaxEigenvalue, 9);
        Assert.Equal(spectrum.Count, r.Steps);
    }

    [Fact]
    public void BreakdownRestartFindsEigenvaluesTheStartVectorMisses()
    {
        // Diagonal with only three distinct values: the first Krylov space is invariant after 3 steps.
        var diag = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? -0.5 : i % 3 == 1 ? 1.0 : 4.0).ToArray();
        var r = Lanczos.ExtremeEigenpairs(new DenseSymmetricOperator(Matrix<double>.Build.DiagonalOfDiagonalArray(diag)));
        Assert.Equal(-0.5, r.MinEigenvalue, 12);
        Assert.Equal(4.0, r.MaxEigenvalue, 12);
        Assert.True(r.Exhausted);
    }

    [Fact]
    public void AboveTheFullSpaceLimitItConvergesAndTheResidualBoundsTheError()
    {
        var a = RandomSymmetric(300, 11);
        var (min, max) = Dense(a);
        var r = Lanczos.ExtremeEigenpairs(new DenseSymmetricOperator(a), new LanczosOptions(MaxSteps: 200, FullSpaceLimit: 100, Tolerance: 1e-10));
        Assert.False(r.Exhausted);
        Assert.True(r.MinEigenvalue >= min - 1e-9, "Ritz values never undershoot λ_min");
        Assert.True(r.MinEigenvalue - min <= Math.Max(r.MinResidual, 1e-8), $"θ_min − λ_min = {r.MinEigenvalue - min}, residual {r.MinResidual}");
        Assert.True(Math.Abs(r.MaxEigenvalue - max) <= Math.Max(r.MaxResidual, 1e-8));
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e-1)]
    public void ALooseToleranceNeverCertifiesAnIndefiniteHessianAsAMinimum(double tolerance)
    {
        var spectrum = Enumerable.Range(0, 30).Select(i => 1.0 + i).ToArray();
        spectrum[7] = -1e-4;
        var a = WithSpectrum(spectrum, 3);
        var cert = SecondOrderCertificate.Compute(new Oracle(new MatrixQuadratic(a)), new SaddleEscape.Manifolds.Euclidean(30), new double[30], new CertificateOptions(1e-6, tolerance / 30));
        Assert.NotEqual(Classification.LocalMinimum, cert.Classification);
        Assert.Equal(Classification.Degenerate, cert.Classification);
        Assert.Equal(-1e-4, cert.LambdaMin, 10);

        var strict = SecondOrderCertificate.Compute(new Oracle(new MatrixQuadratic(a)), new SaddleEscape.Manifolds.Euclidean(30), new double[30], new CertificateOptions(1e-6, 1e-7));
        Assert.Equal(Classification.StrictSaddle, strict.Classification);
    }

    [Fact]
    public void CertificateWithFiniteDifferenceHessianAgreesWithTheExactOne()
    {
        var a = RandomSymmetric(20, 5);
        var withExact = SecondOrderCertificate.Compute(new Oracle(new MatrixQuadratic(a)), new SaddleEscape.Manifolds.Euclidean(20), TestPoints.Gaussian(20, 1));
        var withFd = SecondOrderCertificate.Compute(new Oracle(new GradientOnly(new MatrixQuadratic(a))), new SaddleEscape.Manifolds.Euclidean(20), TestPoints.Gaussian(20, 1));
        Assert.True(withExact.ExactHessian);
        Assert.False(withFd.ExactHessian);
        Assert.Equal(withExact.LambdaMin, withFd.LambdaMin, 6);
        Assert.Equal(withExact.LambdaMax, withFd.LambdaMax, 6);
    }

    /// <summary>Property: on random symmetric matrices Lanczos finds λ_min to 1e-8 and never calls an indefinite matrix a minimum.</summary>
    [Fact]
    public void PropertyLanczosMatchesDenseOnRandomMatrices()
    {
        var gen = from n in Gen.Choose(2, 30)
                  from seed in Gen.Choose(0, 100_000)
                  select (n, seed);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var a = RandomSymmetric(t.n, t.seed);
            var (min, _) = Dense(a);
            var r = Lanczos.ExtremeEigenpairs(new DenseSymmetricOperator(a));
            var cls = SecondOrderCertificate.Classify(0, r.MinEigenvalue, r.MinResidual, 1e-6, 1e-3);
            return Math.Abs(r.MinEigenvalue - min) <= 1e-8 && !(min < 0 && cls == Classification.LocalMinimum);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>f(x) = ½xᵀAx.</summary>
    internal sealed class MatrixQuadratic(Matrix<double> a) : IObjective, IHessianVectorProduct
    {
        public int Dimension => a.RowCount;

        public double Value(ReadOnlySpan<double> x)
        {
            var v = Vector<double>.Build.DenseOfArray(x.ToArray());
            return 0.5 * v.DotProduct(a * v);
        }

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
        {
            var v = Vector<double>.Build.DenseOfArray(x.ToArray());
            var g = a * v;
            g.AsArray().CopyTo(gradient);
            return 0.5 * v.DotProduct(g);
        }

        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) =>
            (a * Vector<double>.Build.DenseOfArray(v.ToArray())).AsArray().CopyTo(result);
    }

    /// <summary>Hides the exact HVP so the oracle falls back to finite differences.</summary>
    internal sealed class GradientOnly(IObjective inner) : IObjective
    {
        public int Dimension => inner.Dimension;

        public double Value(ReadOnlySpan<double> x) => inner.Value(x);

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => inner.ValueAndGradient(x, gradient);
    }
}
