using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Tensors;

/// <summary>
/// Whitening and un-whitening for non-orthogonal components (Goyal &amp; Ullah Alg. 2 and Proc. 3;
/// Anandkumar et al. 2014 §4.3). From M₂ = Σ_j w_j a_j a_jᵀ (rank k) with the eigendecomposition
/// M₂ = U diag(γ) Uᵀ: W = U diag(γ^{-1/2}) (so WᵀM₂W = I) and B = U diag(γ^{1/2}) = (Wᵀ)⁺.
/// Then T(W, W, W) = Σ_j w_j^{-1/2} v_j^⊗3 with v_j = √w_j·Wᵀa_j orthonormal. Un-whitening takes
/// the weights from the orthogonal decomposition itself — μ_j = w_j^{-1/2}, so w_j = 1/μ_j² and
/// a_j = μ_j·B·v_j — which needs M₂ and M₃ to carry the same weights (true for moments of one
/// latent-variable model), not the true components (the "loophole" Goyal &amp; Ullah §3.3 complains of).
/// M₂ may be indefinite (score-function moments, Janzamin, Sedghi &amp; Anandkumar 2015): the k eigenvalues of
/// largest magnitude are kept, γ is replaced by |γ| and the signs are carried in <see cref="Signs"/>, so that
/// WᵀM₂W = diag(<see cref="Signs"/>). The whitened components are orthonormal when all signs agree; with mixed
/// signs they are only orthonormal in the indefinite inner product diag(signs), and a positive combination must
/// be used instead (see <c>SaddleEscape.NeuralLift.FirstLayerEstimator</c>).
/// </summary>
public sealed class Whitening
{
    private Whitening(Matrix<double> w, Matrix<double> b, int[] signs, double[] eigenvalues)
    {
        W = w;
        B = b;
        Signs = signs;
        Eigenvalues = eigenvalues;
    }

    /// <summary>The signs of the k kept eigenvalues of M₂ (all +1 for a positive semi-definite M₂).</summary>
    public IReadOnlyList<int> Signs { get; }

    /// <summary>The k kept eigenvalues γ of M₂, largest magnitude first.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>Whether all kept eigenvalues have one sign, so that whitening orthogonalises the components.</summary>
    public bool IsDefinite => Signs.All(s => s == Signs[0]);

    /// <summary>W, d×k.</summary>
    public Matrix<double> W { get; }

    /// <summary>B = (Wᵀ)⁺, d×k.</summary>
    public Matrix<double> B { get; }

    /// <summary>k.</summary>
    public int Rank => W.ColumnCount;

    /// <summary>
    /// Builds W = U|γ|^{-1/2} and B = U|γ|^{1/2} from the k eigenpairs of largest |γ| of the symmetric d×d
    /// matrix <paramref name="secondMoment"/> (which may be indefinite; the signs go to <see cref="Signs"/>).
    /// </summary>
    public static Whitening FromSecondMoment(Matrix<double> secondMoment, int rank)
    {
        ArgumentNullException.ThrowIfNull(secondMoment);
        int d = secondMoment.RowCount;
        if (rank < 1 || rank > d)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"rank must be in [1, {d}]");
        }

        var evd = secondMoment.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var order = Enumerable.Range(0, d).OrderByDescending(i => Math.Abs(values[i])).Take(rank).ToArray();
        double largest = Math.Abs(values[order[0]]), smallest = Math.Abs(values[order[^1]]);
        if (!(smallest > 1e-12 * largest) || largest == 0)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"M₂ has rank below {rank}: its {rank}-th largest |eigenvalue| is {smallest:E2} against a largest of {largest:E2}"),
                nameof(secondMoment));
        }

        var w = Matrix<double>.Build.Dense(d, rank, (i, j) => evd.EigenVectors[i, order[j]] / Math.Sqrt(Math.Abs(values[order[j]])));
        var b = Matrix<double>.Build.Dense(d, rank, (i, j) => evd.EigenVectors[i, order[j]] * Math.Sqrt(Math.Abs(values[order[j]])));
        return new Whitening(w, b, order.Select(i => Math.Sign(values[i])).ToArray(), order.Select(i => values[i]).ToArray());
    }

    /// <summary>W as a d×k array (for <see cref="LowRankSymmetricTensor.Transform"/>).</summary>
    public double[,] WArray() => W.ToArray();

    /// <summary>
    /// T(W, W, W) densely in dimension k for any order-3 tensor: entry (a, b, c) = T(W_a, W_b, W_c);
    /// low-rank tensors use the cheaper <see cref="LowRankSymmetricTensor.Transform"/>.
    /// </summary>
    public ISymmetricTensor Whiten(ISymmetricTensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor is LowRankSymmetricTensor low)
        {
            return low.Transform(WArray());
        }

        if (tensor is ITransformableTensor transformable)
        {
            return transformable.Transform(WArray());
        }

        int k = Rank;
        var columns = Enumerable.Range(0, k).Select(j => W.Column(j).ToArray()).ToArray();
        var result = new DenseSymmetricTensor(tensor.Order, k);
        var data = new double[(int)Math.Pow(k, tensor.Order)];
        var contracted = new double[tensor.Dimension];
        int idx = 0;
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                for (int c = 0; c < k; c++)
                {
                    if (tensor.Order == 3)
                    {
                        data[idx++] = tensor.Form(columns[a], columns[b], columns[c], []);
                    }
                    else
                    {
                        tensor.Contract(columns[b], columns[c], columns[a], contracted);
                        for (int e = 0; e < k; e++)
                        {
                            data[idx++] = System.Numerics.Tensors.TensorPrimitives.Dot(contracted, columns[e]);
                        }
                    }
                }
            }
        }

        result.SetData(data);
        return result;
    }

    /// <summary>
    /// Un-whitens orthogonal eigenpairs (v_j, μ_j) of T(W,…,W) when M₂ and T carry the same positive weights
    /// w_j (one latent-variable model, M₂ positive semi-definite). Order 3: T(W,W,W) = Σ w_j^{-1/2} v_j^⊗3, so
    /// w_j = 1/μ_j² and a_j = μ_j·B·v_j. Order 4: T(W,W,W,W) = Σ w_j^{-1} v_j^⊗4, so w_j = 1/μ_j and
    /// a_j = √μ_j·B·v_j. (In both, v_j = √w_j·Wᵀa_j and a_j = B·v_j/√w_j.)
    /// </summary>
    public (double[] Weights, double[,] Components) Unwhiten(IReadOnlyList<TensorEigenpair> pairs, int order)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        TensorOrder.Validate(order);
        int d = B.RowCount;
        var weights = new double[pairs.Count];
        var components = new double[pairs.Count, d];
        for (int j = 0; j < pairs.Count; j++)
        {
            double mu = pairs[j].Eigenvalue;
            if (order == 4 && mu <= 0)
            {
                throw new ArgumentException($"order-4 eigenvalue {j} is {mu}: weights must be positive", nameof(pairs));
            }

            weights[j] = order == 3 ? 1 / (mu * mu) : 1 / mu;
            double scale = order == 3 ? mu : Math.Sqrt(mu);
            var a = B * Vector<double>.Build.DenseOfArray(pairs[j].Vector) * scale;
            for (int i = 0; i < d; i++)
            {
                components[j, i] = a[i];
            }
        }

        return (weights, components);
    }
}
