namespace SaddleEscape.Problems;

/// <summary>Where a factorisation-type run starts: a small random point, or all weights 0 (a saddle).</summary>
public enum ZeroOrRandomStart
{
    /// <summary>Gaussian entries (scaled as the family states).</summary>
    Random,

    /// <summary>Every weight 0: a critical point (a strict saddle for matrix factorisation and two-layer linear nets, degenerate deeper).</summary>
    Zero,
}
