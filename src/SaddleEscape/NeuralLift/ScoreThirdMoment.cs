using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Tensors;
using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// An order-3 tensor of the form T = Σ_r c_r z_r^⊗3 − Σ_m sym(g_m ⊗ L_m), sym(g⊗L)_{ijk} = g_i L_jk + g_j L_ik + g_k L_ij,
/// kept implicitly: the empirical cross-moment T̂ = (1/n) Σ_i y_i S₃(x_i) of a Gaussian mixture is exactly this with
/// rows z_r = z_c(x_i) (one per sample and component), c_r = y_i r_c(x_i)/n, g_c = Σ_i c_(i,c) z_c(x_i) and
/// L_c = diag(s_c^{-2}) (Goyal &amp; Ullah Proc. 4 step 1; see <see cref="MixtureScoreFunction"/>). A contraction costs
/// O(R·d) with R = n·M rows; <see cref="Transform"/> gives the dense k×k×k whitened tensor in O(R·(d·k + k³)).
/// </summary>
public sealed class ScoreThirdMoment : ITransformableTensor
{
    private readonly double[] _rows;
    private readonly double[] _weights;
    private readonly double[][] _g;
    private readonly double[][] _l;

    /// <summary>T from rows (R×d row-major) with weights c, and correction terms g_m (d) with symmetric L_m (d×d).</summary>
    public ScoreThirdMoment(int dimension, double[] rows, double[] weights, IReadOnlyList<double[]> g, IReadOnlyList<Matrix<double>> l)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (rows.Length != weights.Length * dimension || g.Count != l.Count || g.Any(v => v.Length != dimension) || l.Any(m => m.RowCount != dimension || m.ColumnCount != dimension))
        {
            throw new ArgumentException("rows must be R×d with R weights, and each g_m of length d with a d×d L_m");
        }

        Dimension = dimension;
        _rows = rows;
        _weights = weights;
        _g = [.. g];
        _l = l.Select(m => { var flat = new double[dimension * dimension]; SaddleEscape.Numerics.RowMajor.Copy(m, flat); return flat; }).ToArray();
    }

    /// <inheritdoc />
    public int Order => 3;

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>R, the number of rank-one rows.</summary>
    public int Rows => _weights.Length;

    /// <summary>
    /// T̂ = (1/n) Σ_i y_i S₃(x_i) for samples x (n×d row-major) and labels y.
    /// </summary>
    public static ScoreThirdMoment Estimate(DiagonalGaussianMixture mixture, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int d = mixture.Dimension, m = mixture.Components, n = y.Length;
        if (x.Length != n * d || n == 0)
        {
            throw new ArgumentException($"x must hold n×d = {n}×{d} numbers (got {x.Length}) and n ≥ 1");
        }

        var rows = new double[n * m * d];
        var weights = new double[n * m];
        var g = Enumerable.Range(0, m).Select(_ => new double[d]).ToArray();
        Span<double> r = stackalloc double[m];
        for (int i = 0; i < n; i++)
        {
            var xi = x.Slice(i * d, d);
            mixture.Responsibilities(xi, r);
            for (int c = 0; c < m; c++)
            {
                int row = (i * m) + c;
                var z = rows.AsSpan(row * d, d);
                mixture.Standardized(c, xi, z);
                weights[row] = y[i] * r[c] / n;
                TensorPrimitives.MultiplyAdd(z, weights[row], g[c], g[c]);
            }
        }

        var l = Enumerable.Range(0, m).Select(c =>
        {
            var variance = mixture.Variance(c).ToArray();
            return Matrix<double>.Build.DiagonalOfDiagonalArray(variance.Select(v => 1 / v).ToArray());
        }).ToArray();
        return new ScoreThirdMoment(d, rows, weights, g, l);
    }

    /// <summary>
    /// M̂₂ = (1/n) Σ_i y_i S₂(x_i) = Σ_r c_r z_r z_rᵀ − Σ_c (Σ_i c_(i,c)) diag(s_c^{-2}) (Eq. 11 estimated), d×d.
    /// </summary>
    public static Matrix<double> EstimateSecond(DiagonalGaussianMixture mixture, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int d = mixture.Dimension, m = mixture.Components, n = y.Length;
        if (x.Length != n * d || n == 0)
        {
            throw new ArgumentException($"x must hold n×d = {n}×{d} numbers (got {x.Length}) and n ≥ 1");
        }

        var scaled = Matrix<double>.Build.Dense(n * m, d);
        var plain = Matrix<double>.Build.Dense(n * m, d);
        var mass = new double[m];
        Span<double> r = stackalloc double[m];
        var z = new double[d];
        for (int i = 0; i < n; i++)
        {
            var xi = x.Slice(i * d, d);
            mixture.Responsibilities(xi, r);
            for (int c = 0; c < m; c++)
            {
                mixture.Standardized(c, xi, z);
                double w = y[i] * r[c] / n;
                mass[c] += w;
                for (int j = 0; j < d; j++)
                {
                    plain[(i * m) + c, j] = z[j];
                    scaled[(i * m) + c, j] = w * z[j];
                }
            }
        }

        var result = plain.TransposeThisAndMultiply(scaled);
        for (int c = 0; c < m; c++)
        {
            var variance = mixture.Variance(c);
            for (int j = 0; j < d; j++)
            {
                result[j, j] -= mass[c] / variance[j];
            }
        }

        return (result + result.Transpose()) / 2;
    }

    /// <inheritdoc />
    public double Form(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e)
    {
        var contracted = System.Buffers.ArrayPool<double>.Shared.Rent(Dimension);
        try
        {
            Contract(b, c, e, contracted);
            return TensorPrimitives.Dot(contracted.AsSpan(0, Dimension), a);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(contracted);
        }
    }

    /// <inheritdoc />
    public void Contract(ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e, Span<double> result)
    {
        int d = Dimension;
        result = result[..d];
        result.Clear();
        for (int r = 0; r < _weights.Length; r++)
        {
            var z = _rows.AsSpan(r * d, d);
            double s = _weights[r] * TensorPrimitives.Dot(z, b) * TensorPrimitives.Dot(z, c);
            TensorPrimitives.MultiplyAdd(z, s, result, result);
        }

        // − Σ_m [g_m (bᵀL_m c) + (L_m c)(g_mᵀb) + (L_m b)(g_mᵀc)], with L_m symmetric and row-major.
        for (int m = 0; m < _g.Length; m++)
        {
            var l = _l[m];
            double gb = TensorPrimitives.Dot(_g[m], b), gc = TensorPrimitives.Dot(_g[m], c), blc = 0;
            for (int i = 0; i < d; i++)
            {
                var row = l.AsSpan(i * d, d);
                double lci = TensorPrimitives.Dot(row, c), lbi = TensorPrimitives.Dot(row, b);
                blc += b[i] * lci;
                result[i] -= (lci * gb) + (lbi * gc);
            }

            TensorPrimitives.MultiplyAdd(_g[m], -blc, result, result);
        }
    }

    /// <summary>T(W, W, W) densely in dimension k (W is d×k).</summary>
    public ISymmetricTensor Transform(double[,] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.GetLength(0) != Dimension)
        {
            throw new ArgumentException($"W must have {Dimension} rows", nameof(w));
        }

        int d = Dimension, k = w.GetLength(1), rowCount = _weights.Length;
        var wm = Matrix<double>.Build.DenseOfArray(w);
        var z = Matrix<double>.Build.Dense(rowCount, d, (r, j) => _rows[(r * d) + j]);
        var projected = z * wm;
        var data = new double[k * k * k];
        var y = new double[k];
        var outer = new double[k * k];
        for (int r = 0; r < rowCount; r++)
        {
            for (int a = 0; a < k; a++)
            {
                y[a] = projected.At(r, a);
            }

            double weight = _weights[r];
            for (int a = 0; a < k; a++)
            {
                double wa = weight * y[a];
                for (int b = 0; b <= a; b++)
                {
                    outer[(a * k) + b] = wa * y[b];
                }
            }

            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b <= a; b++)
                {
                    double ab = outer[(a * k) + b];
                    int offset = ((a * k) + b) * k;
                    TensorPrimitives.MultiplyAdd(y.AsSpan(0, b + 1), ab, data.AsSpan(offset, b + 1), data.AsSpan(offset, b + 1));
                }
            }
        }

        for (int m = 0; m < _g.Length; m++)
        {
            var gw = wm.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(_g[m]));
            var lw = wm.TransposeThisAndMultiply(Matrix<double>.Build.Dense(d, d, (i, j) => _l[m][(i * d) + j]) * wm);
            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b <= a; b++)
                {
                    for (int c = 0; c <= b; c++)
                    {
                        data[(((a * k) + b) * k) + c] -= (gw[a] * lw[b, c]) + (gw[b] * lw[a, c]) + (gw[c] * lw[a, b]);
                    }
                }
            }
        }

        // Only a ≥ b ≥ c was accumulated: copy it to the other five orderings.
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                for (int c = 0; c <= b; c++)
                {
                    double v = data[(((a * k) + b) * k) + c];
                    data[(((a * k) + c) * k) + b] = v;
                    data[(((b * k) + a) * k) + c] = v;
                    data[(((b * k) + c) * k) + a] = v;
                    data[(((c * k) + a) * k) + b] = v;
                    data[(((c * k) + b) * k) + a] = v;
                }
            }
        }

        var result = new DenseSymmetricTensor(3, k);
        result.SetData(data);
        return result;
    }
}
