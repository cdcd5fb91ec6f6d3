namespace SaddleEscape.Tensors;

/// <summary>
/// A symmetric tensor of order 3 or 4 in dimension d, known through its multilinear form
/// (Goyal &amp; Ullah Eq. 4): T(a, b, c[, e]) = Σ T_{j₁…j_p} a_{j₁} b_{j₂} c_{j₃} [e_{j₄}]. For order 3 the
/// fourth vector is passed empty. Implementations: <see cref="LowRankSymmetricTensor"/>
/// (Σ w_k a_k^⊗p, O(k·d) per call) and <see cref="DenseSymmetricTensor"/> (O(d^p)).
/// </summary>
public interface ISymmetricTensor
{
    /// <summary>p, 3 or 4.</summary>
    int Order { get; }

    /// <summary>d.</summary>
    int Dimension { get; }

    /// <summary>T(a, b, c) for order 3 (e empty) or T(a, b, c, e) for order 4.</summary>
    double Form(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e);

    /// <summary>T(I, b, c) for order 3 (e empty) or T(I, b, c, e) for order 4, into <paramref name="result"/> (length d).</summary>
    void Contract(ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e, Span<double> result);
}
