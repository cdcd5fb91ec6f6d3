using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Certifies a point: ‖grad f‖ and λ_min, λ_max of the Riemannian Hessian by Lanczos on HVPs
/// (never forming the Hessian), and a classification that errs towards "degenerate": a point is
/// called a local minimum only when λ_min minus its Lanczos residual exceeds the tolerance, and a
/// strict saddle only when the Ritz value θ_min ≥ λ_min is below −tolerance; a bottom Ritz pair that has
/// not converged (residual above the Lanczos tolerance, space not exhausted) never certifies a minimum.
/// So neither a loose tolerance nor an unconverged Lanczos run certifies an indefinite Hessian as
/// positive definite, unless the Krylov space missed the negative eigenvector entirely (impossible once exhausted).
/// Memory is bounded: the Lanczos basis by <see cref="CertificateOptions.MemoryBudgetBytes"/> (a quarter of the free
/// memory by default), and a certificate whose smallest form would take more than half the free memory is refused
/// (<see cref="EnsureMemory(int)"/>).
/// </summary>
public static class SecondOrderCertificate
{
    /// <summary>Certifies <paramref name="x"/> for the objective behind <paramref name="oracle"/> on <paramref name="manifold"/>.</summary>
    public static Certificate Compute(Oracle oracle, IManifold manifold, ReadOnlySpan<double> x, CertificateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(manifold);
        options = (options ?? new CertificateOptions()).Validate();
        EnsureMemory(x.Length);
        var gradient = new double[x.Length];
        oracle.ValueAndGradient(x, gradient);
        manifold.ProjectToTangent(x, gradient, gradient);
        double gradientNorm = TensorPrimitives.Norm(gradient);

        return Compute(new RiemannianHessianOperator(oracle, manifold, x), gradientNorm, oracle.HasExactHessian, options);
    }

    /// <summary>
    /// Certifies a point given its gradient norm and its Hessian as an operator (e.g. a network's Hessian through
    /// double backward): Lanczos for the extreme eigenpairs, then <see cref="Classify"/>.
    /// </summary>
    public static Certificate Compute(ISymmetricOperator hessian, double gradientNorm, bool exactHessian, CertificateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options = (options ?? new CertificateOptions()).Validate();
        if (options.Mode == CertificateMode.Off)
        {
            throw new ArgumentException("the certificate is switched off (mode off): there is nothing to compute", nameof(options));
        }

        var eig = Lanczos.ExtremeEigenpairs(hessian, options.EffectiveLanczos());
        double eigTol = options.EigenvalueTolerance * Math.Max(1, Math.Abs(eig.MaxEigenvalue));
        // An unconverged bottom Ritz pair (too few steps, e.g. under a memory cap) has not resolved the bottom of the
        // spectrum: it may still show negative curvature, but it never certifies a minimum.
        var classification = Classify(gradientNorm, eig.MinEigenvalue, eig.MinConverged ? eig.MinResidual : double.PositiveInfinity, options.GradientTolerance, eigTol);
        return new Certificate(
            gradientNorm, eig.MinEigenvalue, eig.MaxEigenvalue, eig.MinResidual, classification,
            options.GradientTolerance, eigTol, eig.Steps, eig.Exhausted, exactHessian, eig.MinEigenvector)
        {
            Mode = options.Mode,
            StepLimit = eig.StepLimit,
            LimitedByMemory = eig.LimitedByMemory,
        };
    }

    /// <summary>
    /// Vectors of length n the smallest certificate holds at once: the Hessian operator's four (point, gradient, tangent,
    /// product), the gradient, Lanczos' work and Ritz vectors and two basis vectors.
    /// </summary>
    public const int MinimumVectors = 9;

    /// <summary>
    /// Throws <see cref="InsufficientMemoryException"/> (with one sentence saying what was needed and what was free) when
    /// the smallest certificate for vectors of length <paramref name="n"/> would take more than half of
    /// <see cref="CertificateOptions.FreeMemory"/>: the run's result is kept and the certificate is skipped, instead of the
    /// process being killed.
    /// </summary>
    public static void EnsureMemory(int n) => EnsureMemory(n, CertificateOptions.FreeMemory);

    /// <summary>The same check against <paramref name="free"/> bytes.</summary>
    public static void EnsureMemory(int n, long free)
    {
        long need = MinimumVectors * 8L * n;
        if (need > free / 2)
        {
            throw new InsufficientMemoryException(FormattableString.Invariant(
                $"certificate skipped: at d = {n} it needs at least {need / 1e9:F1} GB ({MinimumVectors} vectors of {n} doubles) and only {free / 1e9:F1} GB are free (it may take half)"));
        }
    }

    /// <summary>The classification rule, on its own (see the class remarks).</summary>
    public static Classification Classify(double gradientNorm, double lambdaMin, double lambdaMinResidual, double gradientTolerance, double eigenvalueTolerance)
    {
        if (!(gradientNorm <= gradientTolerance))
        {
            return Classification.NotStationary;
        }

        if (lambdaMin < -eigenvalueTolerance)
        {
            return Classification.StrictSaddle;
        }

        return lambdaMin - lambdaMinResidual > eigenvalueTolerance ? Classification.LocalMinimum : Classification.Degenerate;
    }
}
