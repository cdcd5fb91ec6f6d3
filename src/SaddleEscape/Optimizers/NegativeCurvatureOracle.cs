namespace SaddleEscape.Optimizers;

/// <summary>How <see cref="NegativeCurvatureDescent"/> looks for a direction of negative curvature.</summary>
public enum NegativeCurvatureOracle
{
    /// <summary>Lanczos on Hessian-vector products.</summary>
    Lanczos,

    /// <summary>NEON2-style power iteration on I − ηH with H·v replaced by gradient differences (∇f(x + rv) − ∇f(x))/r: gradients only.</summary>
    FirstOrder,
}
