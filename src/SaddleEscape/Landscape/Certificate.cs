namespace SaddleEscape.Landscape;

/// <summary>The second-order certificate of a point: gradient norm, extreme Hessian eigenvalues, classification and the tolerances used.</summary>
/// <param name="GradientNorm">‖grad f(x)‖ (Riemannian).</param>
/// <param name="LambdaMin">Smallest eigenvalue of the (Riemannian) Hessian, by Lanczos.</param>
/// <param name="LambdaMax">Largest eigenvalue.</param>
/// <param name="LambdaMinResidual">Lanczos residual of λ_min: an eigenvalue lies within it.</param>
/// <param name="Classification">local-min / strict-saddle / degenerate / not-stationary.</param>
/// <param name="GradientTolerance">Absolute gradient tolerance used.</param>
/// <param name="EigenvalueTolerance">Absolute eigenvalue tolerance used (relative tolerance × max(1, |λ_max|)).</param>
/// <param name="LanczosSteps">Hessian-vector products the eigenvalue estimate used.</param>
/// <param name="ExhaustedKrylovSpace">True when Lanczos spanned the whole tangent space (eigenvalues exact up to rounding).</param>
/// <param name="ExactHessian">True when HVPs were analytic, false when finite differences of gradients.</param>
/// <param name="NegativeCurvatureDirection">Unit eigenvector of λ_min (tangent).</param>
public sealed record Certificate(
    double GradientNorm, double LambdaMin, double LambdaMax, double LambdaMinResidual, Classification Classification,
    double GradientTolerance, double EigenvalueTolerance, int LanczosSteps, bool ExhaustedKrylovSpace, bool ExactHessian,
    double[] NegativeCurvatureDirection)
{
    /// <summary>Fast or full.</summary>
    public CertificateMode Mode { get; init; } = CertificateMode.Full;

    /// <summary>The Lanczos step cap that applied (domain, mode or memory).</summary>
    public int StepLimit { get; init; }

    /// <summary>True when the memory budget lowered the step cap (λ_min may then be a loose upper bound: see the residual).</summary>
    public bool LimitedByMemory { get; init; }
}
