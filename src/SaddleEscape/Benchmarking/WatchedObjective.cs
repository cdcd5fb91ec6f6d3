using SaddleEscape.Objectives;

namespace SaddleEscape.Benchmarking;

/// <summary>The instance's objective as the solver sees it: every call charged and watched by a <see cref="BenchWatch"/>.</summary>
internal class WatchedObjective(IObjective inner, BenchWatch watch) : IObjective
{
    protected IObjective Inner { get; } = inner;

    protected BenchWatch Watch { get; } = watch;

    public int Dimension => Inner.Dimension;

    public double Value(ReadOnlySpan<double> x)
    {
        Watch.Charge(BenchCostWeights.Primary.Value);
        double f = Inner.Value(x);
        Watch.CountValue(x, f);
        return f;
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        Watch.Charge(BenchCostWeights.Primary.Gradient);
        double f = Inner.ValueAndGradient(x, gradient);
        Watch.CountGradient(x, f, gradient);
        return f;
    }
}
