using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>−A: its bottom eigenpairs are A's top ones.</summary>
public sealed class NegatedOperator(ISymmetricOperator inner) : ISymmetricOperator
{
    private readonly ISymmetricOperator _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public int Dimension => _inner.Dimension;

    /// <inheritdoc />
    public int DomainDimension => _inner.DomainDimension;

    /// <inheritdoc />
    public void ProjectToDomain(Span<double> v) => _inner.ProjectToDomain(v);

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        _inner.Apply(v, result);
        TensorPrimitives.Negate(result, result);
    }
}
