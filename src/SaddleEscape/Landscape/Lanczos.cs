using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Lanczos iteration with full reorthogonalisation (Golub &amp; Van Loan, Matrix Computations,
/// §10.3; "twice is enough" classical Gram–Schmidt) for the extreme eigenvalues of a symmetric
/// operator known through products only — the Hessian via HVPs, never formed. When the Krylov
/// space becomes invariant before filling the domain (β ≈ 0, e.g. repeated eigenvalues), it
/// continues from a fresh random vector orthogonal to the basis, so an exhausted run sees the
/// whole spectrum. Ritz values interlace: θ_min ≥ λ_min always, so an early stop can only
/// overestimate λ_min; <see cref="LanczosResult.MinResidual"/> says by how much at most it is off
/// from the nearest eigenvalue. Full reorthogonalisation keeps the whole basis (8n bytes a step), so
/// <see cref="LanczosOptions.MaxBasisBytes"/> caps the Krylov dimension at large n.
/// </summary>
public static class Lanczos
{
    /// <summary>Runs Lanczos on <paramref name="op"/>.</summary>
    public static LanczosResult ExtremeEigenpairs(ISymmetricOperator op, LanczosOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(op);
        options ??= new LanczosOptions();
        int n = op.Dimension;
        int domain = op.DomainDimension;
        if (domain < 1)
        {
            throw new ArgumentException("operator acts on an empty subspace", nameof(op));
        }

        int wanted = domain <= options.FullSpaceLimit ? domain : Math.Min(domain, Math.Max(options.MaxSteps, 2));
        int memoryLimit = options.MemoryStepLimit(n);
        int maxSteps = Math.Min(wanted, memoryLimit);
        var random = new Random(options.Seed);
        var basis = new double[maxSteps][];
        var alpha = new double[maxSteps];
        var beta = new double[maxSteps];
        var w = new double[n];
        double scale = 0;

        basis[0] = RandomUnitVector(op, random, basis, 0, n);
        int steps = 0;
        (double[] values, Matrix<double> vectors)? last = null;
        for (int j = 0; j < maxSteps; j++)
        {
            op.Apply(basis[j], w);
            alpha[j] = TensorPrimitives.Dot(basis[j], w);
            TensorPrimitives.MultiplyAdd(basis[j], -alpha[j], w, w);
            if (j > 0)
            {
                TensorPrimitives.MultiplyAdd(basis[j - 1], -beta[j - 1], w, w);
            }

            Reorthogonalize(w, basis, j + 1);
            op.ProjectToDomain(w);
            beta[j] = TensorPrimitives.Norm(w);
            scale = Math.Max(scale, Math.Abs(alpha[j]) + beta[j] + (j > 0 ? beta[j - 1] : 0));
            steps = j + 1;
            options.Progress?.Invoke(steps, maxSteps);
            if (steps == maxSteps)
            {
                break;
            }

            bool converged = steps >= 8 && (steps % 8 == 0) && domain > options.FullSpaceLimit && Converged(alpha, beta, steps, options.Tolerance, out last);
            if (converged)
            {
                break;
            }

            if (beta[j] <= 1e-13 * Math.Max(scale, 1e-300))
            {
                beta[j] = 0;
                basis[j + 1] = RandomUnitVector(op, random, basis, j + 1, n);
            }
            else
            {
                basis[j + 1] = new double[n];
                TensorPrimitives.Multiply(w, 1 / beta[j], basis[j + 1]);
            }
        }

        var (ritz, s) = last is { } l && l.values.Length == steps ? l : Tridiagonal(alpha, beta, steps);
        int iMin = 0, iMax = steps - 1;
        var minVector = new double[n];
        for (int k = 0; k < steps; k++)
        {
            TensorPrimitives.MultiplyAdd(basis[k], s[k, iMin], minVector, minVector);
        }

        bool exhausted = steps == domain;
        double lastBeta = exhausted ? 0 : beta[steps - 1];
        return new LanczosResult(
            ritz[iMin], ritz[iMax], minVector,
            Math.Abs(lastBeta * s[steps - 1, iMin]), Math.Abs(lastBeta * s[steps - 1, iMax]),
            ritz, steps, exhausted)
        {
            StepLimit = maxSteps,
            LimitedByMemory = memoryLimit < wanted,
            Tolerance = options.Tolerance,
        };
    }

    private static bool Converged(double[] alpha, double[] beta, int steps, double tolerance, out (double[] values, Matrix<double> vectors)? eig)
    {
        var (values, vectors) = Tridiagonal(alpha, beta, steps);
        eig = (values, vectors);
        double b = beta[steps - 1];
        double rMin = Math.Abs(b * vectors[steps - 1, 0]);
        double rMax = Math.Abs(b * vectors[steps - 1, steps - 1]);
        return rMin <= tolerance * Math.Max(1, Math.Abs(values[0])) && rMax <= tolerance * Math.Max(1, Math.Abs(values[steps - 1]));
    }

    /// <summary>Eigenvalues (ascending) and eigenvectors (columns) of the m×m tridiagonal with diagonal α and off-diagonal β.</summary>
    internal static (double[] values, Matrix<double> vectors) Tridiagonal(double[] alpha, double[] beta, int m)
    {
        var t = Matrix<double>.Build.Dense(m, m);
        for (int i = 0; i < m; i++)
        {
            t[i, i] = alpha[i];
            if (i + 1 < m)
            {
                t[i, i + 1] = beta[i];
                t[i + 1, i] = beta[i];
            }
        }

        var evd = t.Evd(Symmetricity.Symmetric);
        var values = new double[m];
        for (int i = 0; i < m; i++)
        {
            values[i] = evd.EigenValues[i].Real;
        }

        // MathNet returns symmetric eigenvalues ascending; sort defensively with the vectors.
        var order = Enumerable.Range(0, m).OrderBy(i => values[i]).ToArray();
        var sortedValues = order.Select(i => values[i]).ToArray();
        var sortedVectors = Matrix<double>.Build.Dense(m, m, (r, c) => evd.EigenVectors[r, order[c]]);
        return (sortedValues, sortedVectors);
    }

    private static double[] RandomUnitVector(ISymmetricOperator op, Random random, double[][] basis, int count, int n)
    {
        var v = new double[n];
        for (int attempt = 0; attempt < 10; attempt++)
        {
            Normal.Samples(random, v, 0, 1);
            op.ProjectToDomain(v);
            Reorthogonalize(v, basis, count);
            op.ProjectToDomain(v);
            double norm = TensorPrimitives.Norm(v);
            if (norm > 1e-8)
            {
                TensorPrimitives.Multiply(v, 1 / norm, v);
                return v;
            }
        }

        throw new InvalidOperationException("could not find a start vector orthogonal to the Krylov basis");
    }

    private static void Reorthogonalize(double[] w, double[][] basis, int count)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < count; i++)
            {
                TensorPrimitives.MultiplyAdd(basis[i], -TensorPrimitives.Dot(basis[i], w), w, w);
            }
        }
    }
}
