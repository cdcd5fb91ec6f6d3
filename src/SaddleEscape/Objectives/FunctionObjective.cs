namespace SaddleEscape.Objectives;

/// <summary>
/// An objective given as functions: f and ∇f (and, with <see cref="WithHessian"/>, ∇²f·v). Without a Hessian-vector
/// product, <see cref="Oracle"/> falls back to central finite differences of the gradient. Keep the functions free of
/// allocation: they sit in the optimisers' hot loops.
/// </summary>
public class FunctionObjective : IObjective
{
    private readonly ValueFunction _value;
    private readonly GradientFunction _gradient;

    /// <summary>f: R^<paramref name="dimension"/> → R with gradient <paramref name="gradient"/>.</summary>
    public FunctionObjective(int dimension, ValueFunction value, GradientFunction gradient)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        _value = value ?? throw new ArgumentNullException(nameof(value));
        _gradient = gradient ?? throw new ArgumentNullException(nameof(gradient));
        Dimension = dimension;
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => _value(x);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        _gradient(x, gradient);
        return _value(x);
    }

    /// <summary>The same objective with an exact Hessian-vector product.</summary>
    public static FunctionObjective WithHessian(int dimension, ValueFunction value, GradientFunction gradient, HessianVectorFunction hessianVector) =>
        new FunctionObjectiveWithHessian(dimension, value, gradient, hessianVector);
}
