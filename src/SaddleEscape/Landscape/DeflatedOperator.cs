using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// An operator compressed to the orthogonal complement of some orthonormal vectors Q of its domain: v ↦ P A v with
/// P = I − QQᵀ on the domain (Lanczos only feeds it vectors already in the complement, so this is P A P). When Q holds
/// eigenvectors it is explicit deflation, the restart that lets Lanczos find the next eigenpair once the extreme one has
/// converged; when Q spans a symmetry orbit's tangent space it removes the orbit's zero modes
/// (<see cref="SecondOrderCertificate"/>).
/// </summary>
public sealed class DeflatedOperator : ISymmetricOperator
{
    private readonly ISymmetricOperator _inner;
    private readonly IReadOnlyList<double[]> _locked;

    /// <summary><paramref name="inner"/> on the complement of <paramref name="locked"/> (orthonormal vectors in its domain, fewer than its dimension).</summary>
    public DeflatedOperator(ISymmetricOperator inner, IReadOnlyList<double[]> locked)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(locked);
        if (locked.Count >= inner.DomainDimension)
        {
            throw new ArgumentException($"cannot deflate {locked.Count} vectors from a domain of dimension {inner.DomainDimension}", nameof(locked));
        }

        _inner = inner;
        _locked = locked;
    }

    /// <inheritdoc />
    public int Dimension => _inner.Dimension;

    /// <inheritdoc />
    public int DomainDimension => _inner.DomainDimension - _locked.Count;

    /// <inheritdoc />
    public void ProjectToDomain(Span<double> v)
    {
        _inner.ProjectToDomain(v);
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var q in _locked)
            {
                TensorPrimitives.MultiplyAdd(q, -TensorPrimitives.Dot(q, v), v, v);
            }
        }
    }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        _inner.Apply(v, result);
        ProjectToDomain(result);
    }
}
