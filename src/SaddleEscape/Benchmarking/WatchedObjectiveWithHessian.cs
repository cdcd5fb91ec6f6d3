using SaddleEscape.Objectives;

namespace SaddleEscape.Benchmarking;

/// <summary>A <see cref="WatchedObjective"/> over an objective with an exact Hessian-vector product, which is charged too.</summary>
internal sealed class WatchedObjectiveWithHessian(IObjective inner, IHessianVectorProduct hessian, BenchWatch watch)
    : WatchedObjective(inner, watch), IHessianVectorProduct
{
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        Watch.Charge(BenchCostWeights.Primary.HessianVectorProduct);
        hessian.HessianVectorProduct(x, v, result);
        Watch.CountHessianVectorProduct(x);
    }
}
