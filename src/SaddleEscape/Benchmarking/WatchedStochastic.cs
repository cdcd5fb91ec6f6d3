using SaddleEscape.Objectives;

namespace SaddleEscape.Benchmarking;

/// <summary>The instance's stochastic oracle as the solver sees it: each mini-batch charged and watched.</summary>
internal sealed class WatchedStochastic(IStochasticObjective inner, BenchWatch watch) : IStochasticObjective
{
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        watch.Charge(BenchCostWeights.Primary.StochasticGradient);
        double f = inner.StochasticGradient(x, gradient, batchSize, random);
        watch.CountStochastic(x, batchSize);
        return f;
    }
}
