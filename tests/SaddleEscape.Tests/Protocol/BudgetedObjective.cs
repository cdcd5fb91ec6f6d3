using SaddleEscape.Benchmarking;
using SaddleEscape.Objectives;

namespace SaddleEscape.Tests.Protocol;

/// <summary>
/// An objective that throws <see cref="BudgetExhaustedException"/> at the first value, gradient or Hessian-vector product
/// past <c>budget</c> calls, as the harness's counted oracle does (each call one gradient-equivalent).
/// </summary>
internal sealed class BudgetedObjective(IObjective inner, long budget) : IObjective, IHessianVectorProduct
{
    private long _spent;

    public int Dimension => inner.Dimension;

    public double Value(ReadOnlySpan<double> x)
    {
        Charge();
        return inner.Value(x);
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        Charge();
        return inner.ValueAndGradient(x, gradient);
    }

    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        Charge();
        ((IHessianVectorProduct)inner).HessianVectorProduct(x, v, result);
    }

    private void Charge()
    {
        if (++_spent > budget)
        {
            throw new BudgetExhaustedException(budget);
        }
    }
}
