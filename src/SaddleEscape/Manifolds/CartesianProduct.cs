namespace SaddleEscape.Manifolds;

/// <summary>
/// M₁ × M₂ with points stored as [x₁; x₂]: every operation acts blockwise (e.g. output weights a in R^m
/// times first-layer rows on unit spheres, for Ge, Lee &amp; Ma's f′ with projection).
/// </summary>
public sealed class CartesianProduct : IManifold
{
    private readonly IManifold _first;
    private readonly IManifold _second;
    private readonly int _split;

    /// <summary>M₁ × M₂.</summary>
    public CartesianProduct(IManifold first, IManifold second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        _first = first;
        _second = second;
        _split = first.AmbientDimension;
    }

    /// <inheritdoc />
    public string Name => $"{_first.Name}×{_second.Name}";

    /// <inheritdoc />
    public int AmbientDimension => _split + _second.AmbientDimension;

    /// <inheritdoc />
    public int TangentDimension => _first.TangentDimension + _second.TangentDimension;

    /// <inheritdoc />
    public void ProjectToManifold(Span<double> x)
    {
        _first.ProjectToManifold(x[.._split]);
        _second.ProjectToManifold(x[_split..]);
    }

    /// <inheritdoc />
    public double ConstraintViolation(ReadOnlySpan<double> x) =>
        Math.Max(_first.ConstraintViolation(x[.._split]), _second.ConstraintViolation(x[_split..]));

    /// <inheritdoc />
    public void ProjectToTangent(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        _first.ProjectToTangent(x[.._split], v[.._split], result[.._split]);
        _second.ProjectToTangent(x[_split..], v[_split..], result[_split..]);
    }

    /// <inheritdoc />
    public void Retract(ReadOnlySpan<double> x, ReadOnlySpan<double> step, Span<double> result)
    {
        _first.Retract(x[.._split], step[.._split], result[.._split]);
        _second.Retract(x[_split..], step[_split..], result[_split..]);
    }

    /// <inheritdoc />
    public void RiemannianHessianVector(
        ReadOnlySpan<double> x, ReadOnlySpan<double> euclideanGradient,
        ReadOnlySpan<double> euclideanHessianVector, ReadOnlySpan<double> v, Span<double> result)
    {
        _first.RiemannianHessianVector(x[.._split], euclideanGradient[.._split], euclideanHessianVector[.._split], v[.._split], result[.._split]);
        _second.RiemannianHessianVector(x[_split..], euclideanGradient[_split..], euclideanHessianVector[_split..], v[_split..], result[_split..]);
    }
}
