namespace SaddleEscape.Tensors;

/// <summary>Deflation T ← T − μ̂·v̂^⊗p (Goyal &amp; Ullah Proc. 5 step 3, Alg. 6 step 9), kept implicit.</summary>
public static class Deflation
{
    /// <summary>T − μ·v^⊗p: low-rank when T is (one more term), otherwise a sum.</summary>
    public static ISymmetricTensor Deflate(ISymmetricTensor tensor, TensorEigenpair pair)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(pair);
        if (tensor is LowRankSymmetricTensor low)
        {
            return low.Append([-pair.Eigenvalue], pair.Vector);
        }

        var term = new LowRankSymmetricTensor(tensor.Order, [-pair.Eigenvalue], pair.Vector, tensor.Dimension);
        return new SumOfSymmetricTensors(tensor, term);
    }

    /// <summary>
    /// Recovers <paramref name="count"/> components one by one: <paramref name="extract"/> finds one
    /// eigenpair of the current tensor, which is then deflated (Goyal &amp; Ullah Proc. 5 repeated).
    /// </summary>
    public static IReadOnlyList<TensorEigenpair> Decompose(ISymmetricTensor tensor, int count, Func<ISymmetricTensor, TensorEigenpair> extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var pairs = new List<TensorEigenpair>();
        var current = tensor;
        for (int i = 0; i < count; i++)
        {
            var pair = extract(current);
            pairs.Add(pair);
            current = Deflate(current, pair);
        }

        return pairs;
    }
}
