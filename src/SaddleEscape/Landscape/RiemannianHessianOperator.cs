using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;

namespace SaddleEscape.Landscape;

/// <summary>
/// The Riemannian Hessian of f at a fixed point x of a manifold, as a symmetric operator on the
/// tangent space: v ↦ P_x(∇²f(x)·v) + curvature term (on spheres −(xᵀ∇f)·v). Each product costs
/// one Hessian-vector product of the oracle (exact, or finite differences of two gradients).
/// </summary>
public sealed class RiemannianHessianOperator : ISymmetricOperator
{
    private readonly Oracle _oracle;
    private readonly IManifold _manifold;
    private readonly double[] _x;
    private readonly double[] _euclideanGradient;
    private readonly double[] _tangent;
    private readonly double[] _product;

    /// <summary>The Hessian at <paramref name="x"/> (copied); costs one gradient now.</summary>
    public RiemannianHessianOperator(Oracle oracle, IManifold manifold, ReadOnlySpan<double> x)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(manifold);
        _oracle = oracle;
        _manifold = manifold;
        _x = x.ToArray();
        _euclideanGradient = new double[x.Length];
        _tangent = new double[x.Length];
        _product = new double[x.Length];
        oracle.ValueAndGradient(_x, _euclideanGradient);
    }

    /// <inheritdoc />
    public int Dimension => _x.Length;

    /// <inheritdoc />
    public int DomainDimension => _manifold.TangentDimension;

    /// <inheritdoc />
    public void ProjectToDomain(Span<double> v) => _manifold.ProjectToTangent(_x, v, v);

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        _manifold.ProjectToTangent(_x, v, _tangent);
        _oracle.HessianVectorProduct(_x, _tangent, _product);
        _manifold.RiemannianHessianVector(_x, _euclideanGradient, _product, _tangent, result);
        _manifold.ProjectToTangent(_x, result, result);
    }
}
