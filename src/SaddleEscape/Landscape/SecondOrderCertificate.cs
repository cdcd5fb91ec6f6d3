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
/// <remarks>
/// <para>
/// <b>Symmetry.</b> A problem invariant under a continuous group (f(UQ) = f(U), Q ∈ O(r)) has no strict local minimum: its
/// minima come in orbits, and the Hessian has a zero eigenvalue for each orbit direction, so the plain rule calls every such
/// minimum — global or spurious — degenerate. With <see cref="CertificateOptions.Symmetry"/> declared, the certificate
/// takes the generators ξ_k(x), projects them onto the tangent space, orthonormalises them into Q (dropping dependent or
/// vanishing ones, <see cref="ContinuousSymmetry.Orthonormalize"/>), and runs Lanczos on the compression P H P of the Hessian
/// to the orthogonal complement of span Q within the tangent space (<see cref="DeflatedOperator"/>): the zero modes are
/// removed from the operator instead of sitting at 0 in its spectrum. λ_min is then that compression's.
/// </para>
/// <para>
/// <b>Why this is sound.</b> At a critical point the orbit directions lie in the Hessian's null space, H Q = 0 (the orbit
/// consists of critical points, so the gradient field's derivative along it vanishes; <see cref="ContinuousSymmetry"/>'s
/// remarks), so in the basis (Q, Q⊥) H = diag(0, D): its spectrum is the k zeros and D's, and D ≻ 0 makes x a
/// non-degenerate (Morse–Bott) minimum transversal to its orbit, hence a local minimum, as every point of the orbit has the
/// same value. Compressing can only raise λ_min (Cauchy interlacing), so it could hide negative curvature only if the orbit
/// directions carried some; in particular their quadratic form is ξᵀHξ = d²/dt² f(exp(tA)·x) = 0 because f is constant on
/// the orbit. Away from a critical point H ξ = −Dξᵀ∇f ≠ 0 in general: H differs from H₀ = diag(0, D) by
/// E = [[QᵀHQ, QᵀHQ⊥], [Q⊥ᵀHQ, 0]], whose norm is at most 2‖H Q‖, so by Weyl's inequality every eigenvalue of H lies
/// within 2‖H Q‖ of {0 (k times)} ∪ spec(D).
/// The certificate therefore computes ρ = ‖H Q‖_F (k more HVPs) and calls the point a local minimum up to symmetry only
/// when, besides the usual rule on D, 2ρ ≤ the eigenvalue tolerance (<see cref="Certificate.OrbitIsFlat"/>); otherwise
/// it says degenerate. A strict saddle needs no such check: a Ritz value of D below −tolerance is a Rayleigh quotient of H
/// on a tangent vector, so H has an eigenvalue at least that negative. The classification name stays one of the four;
/// <see cref="Certificate.Describe"/> says "up to" the symmetry and how many directions were projected.
/// </para>
/// <para>
/// <b>Global or spurious.</b> With <see cref="CertificateOptions.KnownMinimum"/> f*, a point classified a local minimum is
/// global when f − f* ≤ τ·max(1, |f*|) (τ = <see cref="CertificateOptions.ValueTolerance"/>) and spurious otherwise; any
/// other point is "not applicable". The gap f − f* is recorded for every point.
/// </para>
/// </remarks>
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
        double value = oracle.ValueAndGradient(x, gradient);
        manifold.ProjectToTangent(x, gradient, gradient);
        double gradientNorm = TensorPrimitives.Norm(gradient);

        return Compute(new RiemannianHessianOperator(oracle, manifold, x), x, value, gradientNorm, oracle.HasExactHessian, options);
    }

    /// <summary>
    /// Certifies a point given its gradient norm and its Hessian as an operator (e.g. a network's Hessian through
    /// double backward): Lanczos for the extreme eigenpairs, then <see cref="Classify"/>. Without the point and its value
    /// there is no symmetry to project and no f* to compare with: options that declare either are refused
    /// (<see cref="ArgumentException"/>); use the overload that takes them.
    /// </summary>
    public static Certificate Compute(ISymmetricOperator hessian, double gradientNorm, bool exactHessian, CertificateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options = (options ?? new CertificateOptions()).Validate();
        if (options.Symmetry is not null || options.KnownMinimum is not null)
        {
            throw new ArgumentException("a declared symmetry or a known minimum needs the point and f there: call Compute(hessian, x, value, gradientNorm, exactHessian, options)", nameof(options));
        }

        return Certify(hessian, [], double.NaN, gradientNorm, exactHessian, options);
    }

    /// <summary>
    /// Certifies the point <paramref name="x"/> with value <paramref name="value"/>, given its gradient norm and its Hessian
    /// as an operator: projects out <see cref="CertificateOptions.Symmetry"/>'s orbit directions at x (onto the operator's
    /// domain first) and judges global or spurious against <see cref="CertificateOptions.KnownMinimum"/> (see the remarks).
    /// </summary>
    public static Certificate Compute(ISymmetricOperator hessian, ReadOnlySpan<double> x, double value, double gradientNorm, bool exactHessian, CertificateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options = (options ?? new CertificateOptions()).Validate();
        if (x.Length != hessian.Dimension)
        {
            throw new ArgumentException($"the point has length {x.Length}, the Hessian acts on vectors of length {hessian.Dimension}", nameof(x));
        }

        if (options.KnownMinimum is not null && !double.IsFinite(value))
        {
            throw new ArgumentException($"f(x) must be finite to compare it with f* (got {value})", nameof(value));
        }

        var orbit = options.Symmetry is { } symmetry ? OrbitBasis(symmetry, x, hessian, options.SymmetryRankTolerance) : [];
        return Certify(hessian, orbit, value, gradientNorm, exactHessian, options);
    }

    private static Certificate Certify(ISymmetricOperator hessian, IReadOnlyList<double[]> orbit, double value, double gradientNorm, bool exactHessian, CertificateOptions options)
    {
        if (options.Mode == CertificateMode.Off)
        {
            throw new ArgumentException("the certificate is switched off (mode off): there is nothing to compute", nameof(options));
        }

        if (orbit.Count >= hessian.DomainDimension)
        {
            throw new ArgumentException($"the declared symmetry ({options.Symmetry?.Description}) spans all {hessian.DomainDimension} tangent directions here: nothing is left to certify", nameof(options));
        }

        double orbitResidual = OrbitResidual(hessian, orbit);
        var op = orbit.Count == 0 ? hessian : new DeflatedOperator(hessian, orbit);
        var eig = Lanczos.ExtremeEigenpairs(op, options.EffectiveLanczos());
        double eigTol = options.EigenvalueTolerance * Math.Max(1, Math.Abs(eig.MaxEigenvalue));
        // An unconverged bottom Ritz pair (too few steps, e.g. under a memory cap) has not resolved the bottom of the
        // spectrum: it may still show negative curvature, but it never certifies a minimum.
        var classification = Classify(gradientNorm, eig.MinEigenvalue, eig.MinConverged ? eig.MinResidual : double.PositiveInfinity, options.GradientTolerance, eigTol);
        if (classification == Classification.LocalMinimum && !(2 * orbitResidual <= eigTol))
        {
            // The projected directions couple to the rest beyond the tolerance: they may hide curvature (remarks).
            classification = Classification.Degenerate;
        }

        var optimality = Optimality.Unknown;
        double? valueTolerance = null;
        if (options.KnownMinimum is { } fStar)
        {
            valueTolerance = options.ValueTolerance * Math.Max(1, Math.Abs(fStar));
            optimality = classification != Classification.LocalMinimum ? Optimality.NotApplicable
                : value - fStar <= valueTolerance ? Optimality.Global : Optimality.Spurious;
        }

        return new Certificate(
            gradientNorm, eig.MinEigenvalue, eig.MaxEigenvalue, eig.MinResidual, classification,
            options.GradientTolerance, eigTol, eig.Steps, eig.Exhausted, exactHessian, eig.MinEigenvector)
        {
            Mode = options.Mode,
            StepLimit = eig.StepLimit,
            LimitedByMemory = eig.LimitedByMemory,
            Value = value,
            SymmetryDescription = options.Symmetry?.Description,
            SymmetryOrbitDimension = options.Symmetry?.OrbitDimension ?? 0,
            ProjectedSymmetryDirections = orbit.Count,
            SymmetryResidual = orbitResidual,
            Optimality = optimality,
            KnownMinimum = options.KnownMinimum,
            ValueTolerance = valueTolerance,
        };
    }

    /// <summary>
    /// The orbit's orthonormal basis at x inside <paramref name="hessian"/>'s domain (the manifold's tangent space): each
    /// generator projected there, then <see cref="ContinuousSymmetry.Orthonormalize"/>. Refuses (as
    /// <see cref="EnsureMemory(int)"/> does) when the generators alone would take more than half the free memory.
    /// </summary>
    private static IReadOnlyList<double[]> OrbitBasis(ContinuousSymmetry symmetry, ReadOnlySpan<double> x, ISymmetricOperator hessian, double rankTolerance)
    {
        long need = 8L * x.Length * Math.Max(symmetry.OrbitDimension, 1);
        long free = CertificateOptions.FreeMemory;
        if (need > free / 2)
        {
            throw new InsufficientMemoryException(FormattableString.Invariant(
                $"certificate skipped: the {symmetry.OrbitDimension} orbit directions of '{symmetry.Description}' at d = {x.Length} need {need / 1e9:F1} GB and only {free / 1e9:F1} GB are free (they may take half)"));
        }

        var generators = symmetry.Generators(x.ToArray());
        foreach (var t in generators)
        {
            hessian.ProjectToDomain(t);
        }

        return ContinuousSymmetry.Orthonormalize(generators, rankTolerance);
    }

    /// <summary>‖H Q‖_F over the orthonormal orbit basis (one HVP a direction; 0 for none).</summary>
    private static double OrbitResidual(ISymmetricOperator hessian, IReadOnlyList<double[]> orbit)
    {
        if (orbit.Count == 0)
        {
            return 0;
        }

        var product = new double[hessian.Dimension];
        double sum = 0;
        foreach (var q in orbit)
        {
            hessian.Apply(q, product);
            double norm = TensorPrimitives.Norm(product);
            sum += norm * norm;
        }

        return Math.Sqrt(sum);
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
