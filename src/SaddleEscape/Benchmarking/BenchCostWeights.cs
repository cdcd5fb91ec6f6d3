namespace SaddleEscape.Benchmarking;

/// <summary>
/// How oracle calls are weighed into gradient-equivalents. The primary rule (<see cref="Primary"/>) counts every call as one:
/// a gradient, a Hessian-vector product (Pearlmutter's R-operator costs a small constant times a gradient), a stochastic
/// mini-batch, and a value alone — the unit in which Jin et al. 2017 (Thm. 3) and the cubic-regularisation literature state
/// their rates. <see cref="Alternative"/> prices calls by forward/backward propagations in the spirit of Xu, Roosta &amp;
/// Mahoney 2020 (a value is one forward pass, a gradient two, an HVP four): value ½, gradient 1, HVP 2, mini-batch 1.
/// </summary>
/// <param name="Value">Weight of a value alone.</param>
/// <param name="Gradient">Weight of a gradient (with its value).</param>
/// <param name="HessianVectorProduct">Weight of a Hessian-vector product.</param>
/// <param name="StochasticGradient">Weight of one stochastic mini-batch gradient call (whatever its batch size).</param>
public sealed record BenchCostWeights(double Value, double Gradient, double HessianVectorProduct, double StochasticGradient)
{
    /// <summary>Every call is one gradient-equivalent (the ranking's cost and the budget's unit).</summary>
    public static BenchCostWeights Primary { get; } = new(1, 1, 1, 1);

    /// <summary>Propagation-weighted: value ½, gradient 1, HVP 2, mini-batch 1.</summary>
    public static BenchCostWeights Alternative { get; } = new(0.5, 1, 2, 1);

    /// <summary>The weighted cost of the given counts.</summary>
    public double Of(long values, long gradients, long hessianVectorProducts, long stochasticGradients) =>
        (Value * values) + (Gradient * gradients) + (HessianVectorProduct * hessianVectorProducts) + (StochasticGradient * stochasticGradients);
}
