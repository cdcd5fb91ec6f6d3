namespace SaddleEscape.Tensors;

/// <summary>Checks shared by the tensor types.</summary>
internal static class TensorOrder
{
    public static int Validate(int order) =>
        order is 3 or 4 ? order : throw new ArgumentOutOfRangeException(nameof(order), order, "tensor order must be 3 or 4");

    public static void CheckArguments(ISymmetricTensor t, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e)
    {
        int d = t.Dimension;
        if (b.Length != d || c.Length != d || (t.Order == 4 ? e.Length != d : !e.IsEmpty))
        {
            throw new ArgumentException($"an order-{t.Order} tensor in dimension {d} needs {t.Order - 1} (or {t.Order}) vectors of length {d}");
        }
    }
}
