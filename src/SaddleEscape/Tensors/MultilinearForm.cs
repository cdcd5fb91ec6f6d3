using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Tensors;

/// <summary>
/// The multilinear form of Goyal &amp; Ullah Eq. 4: [T(M₁, …, M_p)]_{i₁…i_p} = Σ_j T_{j₁…j_p} Π_t M_t[j_t, i_t]
/// for d×n_t matrices M_t, returned densely (n₁×…×n_p, row-major). For a low-rank
/// T = Σ_k w_k a_k^⊗p it is Σ_k w_k (M₁ᵀa_k) ⊗ … ⊗ (M_pᵀa_k), O(k·Π n_t); otherwise each entry is one
/// evaluation T(M₁e_{i₁}, …) of the tensor's own form.
/// </summary>
public static class MultilinearForm
{
    /// <summary>T(M₁, …, M_p) with p = tensor order matrices of d rows each.</summary>
    public static double[] Apply(ISymmetricTensor tensor, params Matrix<double>[] matrices)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(matrices);
        if (matrices.Length != tensor.Order || matrices.Any(m => m.RowCount != tensor.Dimension))
        {
            throw new ArgumentException($"need {tensor.Order} matrices with {tensor.Dimension} rows each");
        }

        var sizes = matrices.Select(m => m.ColumnCount).ToArray();
        var result = new double[sizes.Aggregate(1, (a, b) => a * b)];
        var index = new int[tensor.Order];
        if (tensor is LowRankSymmetricTensor low)
        {
            for (int k = 0; k < low.Rank; k++)
            {
                var a = Vector<double>.Build.DenseOfArray(low.Factor(k).ToArray());
                var projections = matrices.Select(m => m.TransposeThisAndMultiply(a).ToArray()).ToArray();
                for (int flat = 0; flat < result.Length; flat++)
                {
                    Unflatten(flat, sizes, index);
                    double term = low.Weights[k];
                    for (int t = 0; t < index.Length; t++)
                    {
                        term *= projections[t][index[t]];
                    }

                    result[flat] += term;
                }
            }

            return result;
        }

        var columns = matrices.Select(m => Enumerable.Range(0, m.ColumnCount).Select(c => m.Column(c).ToArray()).ToArray()).ToArray();
        for (int flat = 0; flat < result.Length; flat++)
        {
            Unflatten(flat, sizes, index);
            result[flat] = tensor.Form(
                columns[0][index[0]], columns[1][index[1]], columns[2][index[2]],
                tensor.Order == 4 ? columns[3][index[3]] : []);
        }

        return result;
    }

    private static void Unflatten(int flat, int[] sizes, int[] index)
    {
        for (int t = sizes.Length - 1; t >= 0; t--)
        {
            index[t] = flat % sizes[t];
            flat /= sizes[t];
        }
    }
}
