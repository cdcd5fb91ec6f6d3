namespace SaddleEscape.Manifolds;

/// <summary>
/// A Riemannian submanifold of R^n on which optimisers run: tangent projection, retraction, and
/// the conversion of Euclidean derivatives into Riemannian ones (Absil, Mahony &amp; Sepulchre 2008,
/// §3.6 and §5.5). Every method accepts <c>result</c> aliasing its vector argument.
/// </summary>
public interface IManifold
{
    /// <summary>Short name ("euclidean", "sphere", "product-of-spheres(k×d)").</summary>
    string Name { get; }

    /// <summary>n, the length of a point.</summary>
    int AmbientDimension { get; }

    /// <summary>The manifold's own dimension (that of each tangent space).</summary>
    int TangentDimension { get; }

    /// <summary>Moves an arbitrary ambient point onto the manifold (e.g. normalises each block).</summary>
    void ProjectToManifold(Span<double> x);

    /// <summary>Largest violation of the manifold's constraints at <paramref name="x"/> (0 for R^n).</summary>
    double ConstraintViolation(ReadOnlySpan<double> x);

    /// <summary>Orthogonal projection of the ambient vector <paramref name="v"/> onto the tangent space at x.</summary>
    void ProjectToTangent(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result);

    /// <summary>Retraction R_x(step) of a tangent step (metric projection of x + step onto the manifold).</summary>
    void Retract(ReadOnlySpan<double> x, ReadOnlySpan<double> step, Span<double> result);

    /// <summary>
    /// Riemannian Hessian applied to the tangent vector v, from the Euclidean gradient g and the
    /// Euclidean product ∇²f(x)·v: on a sphere P_x(∇²f v) − (xᵀg)·v (the Weingarten term).
    /// </summary>
    void RiemannianHessianVector(
        ReadOnlySpan<double> x, ReadOnlySpan<double> euclideanGradient,
        ReadOnlySpan<double> euclideanHessianVector, ReadOnlySpan<double> v, Span<double> result);
}
