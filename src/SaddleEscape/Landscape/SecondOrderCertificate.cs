using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Certifies a point: ‖grad f‖ and λ_min, λ_max of the Riemannian Hessian by Lanczos on HVPs
/// (never forming the Hessian), and a classification that errs towards "degenerate": a point is
/// called a local minimum only when λ_min minus its Lanczos residual exceeds the tolerance, and a
/// strict saddle only when the Ritz value θ_min ≥ λ_min is below −tolerance. So neither a loose
/// tolerance nor an unconverged Lanczos run certifies an indefinite Hessian as positive definite,
/// unless the Krylov space missed the negative eigenvector entirely (impossible once exhausted).
/// </summary>
public static class SecondOrderCertificate
{
    /// <summary>Certifies <paramref name="x"/> for the objective behind <paramref name="oracle"/> on <paramref name="manifold"/>.</summary>
    public static Certificate Compute(Oracle oracle, IManifold manifold, ReadOnlySpan<double> x, CertificateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(manifold);
        options = (options ?? new CertificateOptions()).Validate();
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
        var eig = Lanczos.ExtremeEigenpairs(hessian, options.Lanczos);
        double eigTol = options.EigenvalueTolerance * Math.Max(1, Math.Abs(eig.MaxEigenvalue));
        var classification = Classify(gradientNorm, eig.MinEigenvalue, eig.MinResidual, options.GradientTolerance, eigTol);
        return new Certificate(
            gradientNorm, eig.MinEigenvalue, eig.MaxEigenvalue, eig.MinResidual, classification,
            options.GradientTolerance, eigTol, eig.Steps, eig.Exhausted, exactHessian, eig.MinEigenvector);
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
