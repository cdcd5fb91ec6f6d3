namespace SaddleEscape.Benchmarking;

/// <summary>
/// The harness's count of a run's oracle calls at one moment (the solver cannot change it): values, gradients,
/// Hessian-vector products and stochastic mini-batches, the primary cost and the alternative cost
/// (<see cref="BenchCostWeights"/>), and the wall time since the run began.
/// </summary>
/// <param name="Values">f(x) calls alone.</param>
/// <param name="Gradients">f and ∇f calls (a finite-difference HVP of an objective without an exact one costs two of these).</param>
/// <param name="HessianVectorProducts">∇²f(x)·v calls (exact products only; see <see cref="Gradients"/>).</param>
/// <param name="StochasticGradients">Stochastic mini-batch gradient calls.</param>
/// <param name="SampleGradients">Sample gradients in those mini-batches (the sum of batch sizes).</param>
/// <param name="Cost">The primary cost in gradient-equivalents (<see cref="BenchCostWeights.Primary"/>: every call counts one).</param>
/// <param name="AlternativeCost">The cost under <see cref="BenchCostWeights.Alternative"/> (value ½, HVP 2).</param>
/// <param name="WallSeconds">Seconds since the run began (recorded, never ranked).</param>
public sealed record BenchCounts(
    long Values, long Gradients, long HessianVectorProducts, long StochasticGradients, long SampleGradients,
    long Cost, double AlternativeCost, double WallSeconds);
