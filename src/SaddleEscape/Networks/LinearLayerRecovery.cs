using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Networks;

/// <summary>
/// Recovering a* once B ≈ B* up to permutation and sign (Ge, Lee &amp; Ma 2018 App. D). Claim D.1:
/// E[y·⟨x, v⟩] = σ₁ Σ_i a*_i ⟨b*_i, v⟩ (the seed's "½" is σ₁ of ReLU). Alg. 1 (orthogonal B*):
/// a′_i = E[y⟨x, b_i⟩]/σ₁. Alg. 2 (general B*): u_i = E[y⟨x, b_i⟩]/σ₁, a′ = (BBᵀ)⁻¹u. Both then set
/// a_i = |a′_i| and flip b_i by sign(a′_i) (a* &gt; 0 is assumed, as in the paper). Alg. 1 takes unit rows as input, so
/// the rows of the estimate are normalised first; the labels are centred by their sample mean, which leaves
/// E[y⟨x, b⟩] unchanged (E[x] = 0) and removes the constant part's variance from the estimate.
/// </summary>
public static class LinearLayerRecovery
{
    /// <summary>(a, B′) from the unit-row estimate <paramref name="b"/> (m×d flat), samples X (n×d) and labels y.</summary>
    public static (double[] A, double[] B) Recover(ReadOnlySpan<double> b, Matrix<double> xs, double[] ys, double sigma1, bool general)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (Math.Abs(sigma1) < 1e-12)
        {
            throw new ArgumentException($"App. D needs σ₁ ≠ 0 (got {sigma1})", nameof(sigma1));
        }

        int d = xs.ColumnCount;
        var bm = Matrix<double>.Build.DenseOfRowArrays(b.ToArray().Chunk(d));
        bm = bm.NormalizeRows(2.0);
        // u_i = (1/σ₁)·(1/n) Σ_t (y_t − ȳ) ⟨x_t, b_i⟩ = (B Xᵀ (y − ȳ))_i / (n σ₁).
        double mean = ys.Average();
        var centered = Vector<double>.Build.Dense(ys.Length, t => ys[t] - mean);
        var u = bm * xs.TransposeThisAndMultiply(centered) / (ys.Length * sigma1);
        var aPrime = general ? bm.TransposeAndMultiply(bm).Solve(u) : u;
        var a = new double[bm.RowCount];
        var flipped = new double[b.Length];
        for (int i = 0; i < a.Length; i++)
        {
            double sign = aPrime[i] < 0 ? -1 : 1;
            a[i] = Math.Abs(aPrime[i]);
            for (int l = 0; l < d; l++)
            {
                flipped[(i * d) + l] = sign * bm[i, l];
            }
        }

        return (a, flipped);
    }
}
