namespace SaddleEscape.Problems;

/// <summary>How additive symmetric noise of a given Frobenius norm is drawn.</summary>
public enum TensorNoiseForm
{
    /// <summary>Dense for d ≤ 10, low-rank above.</summary>
    Auto,

    /// <summary>A symmetrised Gaussian tensor (d^4 entries, d ≤ 16).</summary>
    Dense,

    /// <summary>Σ ±g_l^⊗4 of rank d.</summary>
    LowRank,
}
