namespace SaddleEscape.Tensors;

/// <summary>T = T₁ + T₂ (e.g. a low-rank signal plus dense symmetric noise), evaluated term by term.</summary>
public sealed class SumOfSymmetricTensors : ISymmetricTensor
{
    private readonly ISymmetricTensor _first;
    private readonly ISymmetricTensor _second;
    private readonly double[] _work;

    /// <summary>T₁ + T₂; both must have the same order and dimension.</summary>
    public SumOfSymmetricTensors(ISymmetricTensor first, ISymmetricTensor second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Order != second.Order || first.Dimension != second.Dimension)
        {
            throw new ArgumentException("tensors of a sum must share order and dimension");
        }

        _first = first;
        _second = second;
        _work = new double[first.Dimension];
    }

    /// <inheritdoc />
    public int Order => _first.Order;

    /// <inheritdoc />
    public int Dimension => _first.Dimension;

    /// <inheritdoc />
    public double Form(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e) =>
        _first.Form(a, b, c, e) + _second.Form(a, b, c, e);

    /// <inheritdoc />
    public void Contract(ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e, Span<double> result)
    {
        _first.Contract(b, c, e, result);
        _second.Contract(b, c, e, _work);
        System.Numerics.Tensors.TensorPrimitives.Add(result, _work, result);
    }
}
