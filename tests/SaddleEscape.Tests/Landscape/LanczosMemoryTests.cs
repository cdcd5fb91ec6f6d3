using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;

namespace SaddleEscape.Tests.Landscape;

public sealed class LanczosMemoryTests
{
    private static DenseSymmetricOperator Diagonal(int n) =>
        new(Matrix<double>.Build.DenseOfDiagonalArray(Enumerable.Range(0, n).Select(i => i == 17 ? -1.0 : 1 + (i / (double)n)).ToArray()));

    [Fact]
    public void TheBasisNeverHoldsMoreVectorsThanTheMemoryBudgetAllows()
    {
        // 12 vectors of 300 doubles: 10 basis vectors after the work and Ritz vectors.
        var options = new LanczosOptions { MaxBasisBytes = 12 * 8 * 300 };
        var r = Lanczos.ExtremeEigenpairs(Diagonal(300), options);
        Assert.Equal(10, r.StepLimit);
        Assert.True(r.Steps <= 10, $"{r.Steps} steps");
        Assert.True(r.LimitedByMemory);
        Assert.False(r.Exhausted);

        var unbounded = Lanczos.ExtremeEigenpairs(Diagonal(300));
        Assert.Equal(300, unbounded.Steps);
        Assert.False(unbounded.LimitedByMemory);
        Assert.Equal(-1, unbounded.MinEigenvalue, 10);
    }

    [Fact]
    public void AMemoryCappedCertificateNeverCallsASaddleAMinimum()
    {
        // 3 Lanczos steps cannot see λ = −1 reliably; the classification must then be strict-saddle or degenerate, never local-min.
        var op = Diagonal(300);
        var cert = SecondOrderCertificate.Compute(op, 0, exactHessian: true, new CertificateOptions { MemoryBudgetBytes = 5 * 8 * 300 });
        Assert.True(cert.LimitedByMemory);
        Assert.Equal(3, cert.StepLimit);
        Assert.NotEqual(Classification.LocalMinimum, cert.Classification);
    }

    [Fact]
    public void FastModeTakesAtMostFortyStepsAndProgressSeesEveryStep()
    {
        var steps = new List<int>();
        var cert = SecondOrderCertificate.Compute(Diagonal(300), 0, exactHessian: true, new CertificateOptions { Mode = CertificateMode.Fast, Progress = (j, _) => steps.Add(j) });
        Assert.Equal(CertificateMode.Fast, cert.Mode);
        Assert.True(cert.LanczosSteps <= 40, $"fast took {cert.LanczosSteps} steps");
        Assert.Equal(300, SecondOrderCertificate.Compute(Diagonal(300), 0, exactHessian: true).LanczosSteps); // full exhausts 300 dimensions
        Assert.Equal(Enumerable.Range(1, cert.LanczosSteps), steps);
    }

    [Fact]
    public void ACertificateThatCannotFitInHalfTheFreeMemoryIsRefusedWithOneSentence()
    {
        // d = 2·10⁸ needs 9 × 1.6 GB = 14.4 GB: refused with 20 GB free (it may take half), accepted with 30 GB.
        var e = Assert.Throws<InsufficientMemoryException>(() => SecondOrderCertificate.EnsureMemory(200_000_000, 20_000_000_000));
        Assert.Equal("certificate skipped: at d = 200000000 it needs at least 14.4 GB (9 vectors of 200000000 doubles) and only 20.0 GB are free (it may take half)", e.Message);
        SecondOrderCertificate.EnsureMemory(200_000_000, 30_000_000_000);
        SecondOrderCertificate.EnsureMemory(1000);
    }
}
