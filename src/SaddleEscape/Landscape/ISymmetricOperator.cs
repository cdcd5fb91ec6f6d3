namespace SaddleEscape.Landscape;

/// <summary>
/// A symmetric linear operator known only through products, acting on a subspace of R^n
/// (all of R^n, or a tangent space of a manifold). Lanczos never forms its matrix.
/// </summary>
public interface ISymmetricOperator
{
    /// <summary>n, the length of vectors.</summary>
    int Dimension { get; }

    /// <summary>Dimension of the subspace the operator acts on (≤ n).</summary>
    int DomainDimension { get; }

    /// <summary>Orthogonal projection onto that subspace, in place.</summary>
    void ProjectToDomain(Span<double> v);

    /// <summary>Writes A·v into <paramref name="result"/> (v in the domain; result in it too).</summary>
    void Apply(ReadOnlySpan<double> v, Span<double> result);
}
