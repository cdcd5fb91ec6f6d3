namespace SaddleEscape.Objectives;

/// <summary>A <see cref="FunctionObjective"/> that also has an exact ∇²f·v.</summary>
internal sealed class FunctionObjectiveWithHessian(int dimension, ValueFunction value, GradientFunction gradient, HessianVectorFunction hessianVector)
    : FunctionObjective(dimension, value, gradient), IHessianVectorProduct
{
    private readonly HessianVectorFunction _hessianVector = hessianVector ?? throw new ArgumentNullException(nameof(hessianVector));

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => _hessianVector(x, v, result);
}
