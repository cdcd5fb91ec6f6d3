namespace SaddleEscape.Problems;

/// <summary>Where a <c>quadratic-saddle</c> run starts.</summary>
public enum QuadraticSaddleStart
{
    /// <summary>x₀ ~ N(0, scale²I).</summary>
    Random,

    /// <summary>The same with the negative coordinates set to 0: on the saddle's stable manifold, so plain GD converges to the saddle.</summary>
    StableManifold,

    /// <summary>x₀ = 0: the strict saddle itself (g = 0, λ_min = −γ).</summary>
    Saddle,
}
