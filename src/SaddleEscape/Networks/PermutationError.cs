using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Networks;

/// <summary>
/// Seed 003 Eq. 4.1: with Q = B·B*⁻¹ (rows normalised), e(Q) measures how far Q is from a signed
/// permutation. The OCR prints e(Q) = min{1 − min_i max_j |Q_ij|, 1 − min_j max_i |Q_ij|}; the
/// guarantee stated next to it ("e(Q) ≤ ε ⇒ Q is √(2ε)-close to a permutation") needs both the
/// row and the column condition, so <see cref="Error"/> returns the max of the two (the stricter
/// reading) and <see cref="AsPrinted"/> the printed min.
/// </summary>
public static class PermutationError
{
    /// <summary>Q = B·B*⁻¹ with unit rows (B, B* m×d row-major; B* square and invertible when m = d, else B·B*⁺).</summary>
    public static Matrix<double> Q(ReadOnlySpan<double> b, ReadOnlySpan<double> bStar, int d)
    {
        var bm = Matrix<double>.Build.DenseOfRowArrays(b.ToArray().Chunk(d));
        var sm = Matrix<double>.Build.DenseOfRowArrays(bStar.ToArray().Chunk(d));
        var q = bm * sm.PseudoInverse();
        for (int i = 0; i < q.RowCount; i++)
        {
            double norm = q.Row(i).L2Norm();
            if (norm > 0)
            {
                q.SetRow(i, q.Row(i) / norm);
            }
        }

        return q;
    }

    /// <summary>
    /// B⁻ᵀ (d×d row-major; a singular B gives the pseudo-inverse): the first layer read off a minimum of
    /// App. C's F, whose rows satisfy B·B*ᵀ = D·P.
    /// </summary>
    public static double[] InverseTranspose(ReadOnlySpan<double> b, int d)
    {
        var bm = Matrix<double>.Build.DenseOfRowArrays(b.ToArray().Chunk(d));
        var inv = bm.PseudoInverse().Transpose();
        var result = new double[d * d];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                result[(i * d) + j] = inv[i, j];
            }
        }

        return result;
    }

    /// <summary>max{1 − min_i max_j |Q_ij|, 1 − min_j max_i |Q_ij|}.</summary>
    public static double Error(Matrix<double> q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var (rows, cols) = Parts(q);
        return Math.Max(rows, cols);
    }

    /// <summary>The printed min{…} of Eq. 4.1.</summary>
    public static double AsPrinted(Matrix<double> q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var (rows, cols) = Parts(q);
        return Math.Min(rows, cols);
    }

    private static (double Rows, double Cols) Parts(Matrix<double> q)
    {
        var abs = q.PointwiseAbs();
        double rows = 1 - Enumerable.Range(0, abs.RowCount).Min(i => abs.Row(i).Maximum());
        double cols = 1 - Enumerable.Range(0, abs.ColumnCount).Min(j => abs.Column(j).Maximum());
        return (rows, cols);
    }
}
