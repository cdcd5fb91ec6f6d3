namespace SaddleEscape.Objectives;

/// <summary>
/// An objective reachable through a stochastic first-order oracle: an unbiased estimate of
/// ∇f(x) from a mini-batch of fresh samples drawn with an explicit <see cref="Random"/>
/// (Farrell &amp; Quintero Peña 2019, Alg. 3 and 5: g(x; θ) with θ ~ D).
/// </summary>
public interface IStochasticObjective
{
    /// <summary>
    /// Writes the mini-batch mean of <paramref name="batchSize"/> sample gradients into
    /// <paramref name="gradient"/> and returns the matching mini-batch estimate of f(x)
    /// (or <see cref="double.NaN"/> where the oracle gives none).
    /// </summary>
    double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random);
}
