namespace SaddleEscape.Optimizers;

/// <summary>Where noisy SGD draws its noise on a manifold.</summary>
public enum NoiseSpace
{
    /// <summary>In the ambient space R^n, then the point is projected back (Ge et al. 2015).</summary>
    Ambient,

    /// <summary>In the tangent space at the iterate.</summary>
    Tangent,
}
