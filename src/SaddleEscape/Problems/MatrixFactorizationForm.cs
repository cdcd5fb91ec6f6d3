namespace SaddleEscape.Problems;

/// <summary>Which matrix factorisation problem.</summary>
public enum MatrixFactorizationForm
{
    /// <summary>M = U*U*ᵀ, factor U (n×r).</summary>
    Symmetric,

    /// <summary>M = U*V*ᵀ, factors U (n×r) and V (columns×r).</summary>
    Asymmetric,
}
