namespace SaddleEscape.Objectives;

/// <summary>
/// An objective that provides an exact (analytic) Hessian-vector product ∇²f(x)·v.
/// Objectives without it get a central finite-difference product from two gradients
/// (<see cref="FiniteDifferenceHessian"/>).
/// </summary>
public interface IHessianVectorProduct
{
    /// <summary>Writes ∇²f(x)·v into <paramref name="result"/>.</summary>
    void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result);
}
