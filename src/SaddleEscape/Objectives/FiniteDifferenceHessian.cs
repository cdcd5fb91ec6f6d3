using System.Numerics.Tensors;

namespace SaddleEscape.Objectives;

/// <summary>
/// Central finite-difference Hessian-vector product from two gradients:
/// ∇²f(x)·v ≈ (∇f(x + h v) − ∇f(x − h v)) / (2h), with h = step / ‖v‖ so the probe points lie
/// at distance <c>step</c> from x. Error O(h²·ρ) for a ρ-Hessian-Lipschitz f plus O(ε_mach/h).
/// </summary>
public sealed class FiniteDifferenceHessian
{
    private readonly IObjective _objective;
    private readonly double[] _probe;
    private readonly double[] _gradPlus;

    /// <summary>Default probe distance: ε_mach^(1/3) ≈ 6e-6, balancing truncation and rounding.</summary>
    public const double DefaultStep = 6.0555e-6;

    /// <summary>Creates the product for <paramref name="objective"/>, with its own work buffers.</summary>
    public FiniteDifferenceHessian(IObjective objective, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (!(step > 0) || double.IsInfinity(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "finite-difference step must be a positive finite number");
        }

        _objective = objective;
        Step = step;
        _probe = new double[objective.Dimension];
        _gradPlus = new double[objective.Dimension];
    }

    /// <summary>Distance of each probe point from x.</summary>
    public double Step { get; }

    /// <summary>Writes the finite-difference approximation of ∇²f(x)·v into <paramref name="result"/>.</summary>
    public void Apply(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        double norm = TensorPrimitives.Norm(v);
        if (norm == 0)
        {
            result.Clear();
            return;
        }

        double h = Step / norm;
        TensorPrimitives.MultiplyAdd(v, h, x, _probe);
        _objective.ValueAndGradient(_probe, _gradPlus);
        TensorPrimitives.MultiplyAdd(v, -h, x, _probe);
        _objective.ValueAndGradient(_probe, result);
        TensorPrimitives.Subtract(_gradPlus, result, result);
        TensorPrimitives.Multiply(result, 1.0 / (2 * h), result);
    }
}
