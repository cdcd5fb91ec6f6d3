namespace SaddleEscape.Objectives;

/// <summary>
/// An objective whose whole Euclidean Hessian is cheap to write down at once — e.g. a cubic form, whose Hessian is one
/// contraction of its tensor with x, O(n³), where n Hessian-vector products would cost O(n⁴). Critical-point polishing and
/// classification use it instead of assembling the Hessian column by column.
/// </summary>
public interface IDenseHessian
{
    /// <summary>Writes ∇²f(x) into <paramref name="hessian"/>, n×n row-major (symmetric).</summary>
    void Hessian(ReadOnlySpan<double> x, Span<double> hessian);
}
