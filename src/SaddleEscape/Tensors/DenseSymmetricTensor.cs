using MathNet.Numerics.Distributions;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// A symmetric tensor stored densely (d^p entries, row-major) — for small d, for tensors with no
/// low-rank form (e.g. symmetric noise), and as the reference the implicit form is tested against.
/// </summary>
public sealed class DenseSymmetricTensor : ISymmetricTensor
{
    private readonly double[] _data;

    /// <summary>The zero tensor of order p in dimension d.</summary>
    public DenseSymmetricTensor(int order, int dimension)
    {
        Order = TensorOrder.Validate(order);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        long size = (long)Math.Pow(dimension, order);
        if (size > 200_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"a dense order-{order} tensor in dimension {dimension} would need {size} entries; use the low-rank form");
        }

        Dimension = dimension;
        _data = new double[size];
    }

    /// <inheritdoc />
    public int Order { get; }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>The entries, row-major.</summary>
    public ReadOnlySpan<double> Data => _data;

    /// <summary>T ← T + w·a^⊗p.</summary>
    public void AddRankOne(double weight, ReadOnlySpan<double> a)
    {
        int d = Dimension;
        if (a.Length != d)
        {
            throw new ArgumentException($"vector must have length {d}", nameof(a));
        }

        int idx = 0;
        if (Order == 3)
        {
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    double wij = weight * a[i] * a[j];
                    for (int k = 0; k < d; k++)
                    {
                        _data[idx++] += wij * a[k];
                    }
                }
            }

            return;
        }

        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                double wij = weight * a[i] * a[j];
                for (int k = 0; k < d; k++)
                {
                    double wijk = wij * a[k];
                    for (int l = 0; l < d; l++)
                    {
                        _data[idx++] += wijk * a[l];
                    }
                }
            }
        }
    }

    /// <summary>T ← T + c·other (same order and dimension).</summary>
    public void AddScaled(DenseSymmetricTensor other, double c)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Order != Order || other.Dimension != Dimension)
        {
            throw new ArgumentException("tensors must share order and dimension", nameof(other));
        }

        TensorPrimitives.MultiplyAdd(other._data, c, _data, _data);
    }

    /// <summary>Overwrites the entries (row-major, d^p of them; the caller guarantees symmetry).</summary>
    public void SetData(ReadOnlySpan<double> data)
    {
        if (data.Length != _data.Length)
        {
            throw new ArgumentException($"need {_data.Length} entries (got {data.Length})", nameof(data));
        }

        data.CopyTo(_data);
    }

    /// <summary>‖T‖²_F.</summary>
    public double SquaredNorm() => TensorPrimitives.Dot(_data, _data);

    /// <summary>
    /// T ← T + σ·S with S a symmetrised standard Gaussian tensor: S = sym(G), G with i.i.d. N(0, 1)
    /// entries, symmetrised by averaging over all index permutations (additive symmetric noise).
    /// </summary>
    public void AddSymmetricGaussianNoise(double sigma, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var g = new double[_data.Length];
        Normal.Samples(random, g, 0, 1);
        int d = Dimension;
        var perms = Order == 3 ? Permutations3 : Permutations4;
        Span<int> idx = stackalloc int[4];
        Span<int> p = stackalloc int[4];
        for (int flat = 0; flat < _data.Length; flat++)
        {
            int rest = flat;
            for (int m = Order - 1; m >= 0; m--)
            {
                idx[m] = rest % d;
                rest /= d;
            }

            double sum = 0;
            foreach (var perm in perms)
            {
                int f = 0;
                for (int m = 0; m < Order; m++)
                {
                    p[m] = idx[perm[m]];
                    f = (f * d) + p[m];
                }

                sum += g[f];
            }

            _data[flat] += sigma * sum / perms.Length;
        }
    }

    /// <inheritdoc />
    public double Form(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e)
    {
        TensorOrder.CheckArguments(this, b, c, e);
        int d = Dimension;
        Span<double> v = d <= 256 ? stackalloc double[d] : new double[d];
        Contract(b, c, e, v);
        return TensorPrimitives.Dot(v, a);
    }

    /// <inheritdoc />
    public void Contract(ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e, Span<double> result)
    {
        TensorOrder.CheckArguments(this, b, c, e);
        int d = Dimension;
        var data = _data.AsSpan();
        for (int i = 0; i < d; i++)
        {
            double s = 0;
            for (int j = 0; j < d; j++)
            {
                if (Order == 3)
                {
                    // Σ_k T_ijk c_k as one SIMD dot product over the contiguous last index.
                    s += b[j] * TensorPrimitives.Dot(data.Slice(((i * d) + j) * d, d), c);
                    continue;
                }

                for (int k = 0; k < d; k++)
                {
                    s += b[j] * c[k] * TensorPrimitives.Dot(data.Slice(((((i * d) + j) * d) + k) * d, d), e);
                }
            }

            result[i] = s;
        }
    }

    /// <summary>
    /// The matrix M_ij = T(e_i, e_j, x) of an order-3 tensor (n×n row-major): one pass over the n³ entries, each row a SIMD dot
    /// product, so O(n³) for the whole matrix where n calls of <see cref="Contract"/> would cost O(n⁴).
    /// </summary>
    public void ContractLast(ReadOnlySpan<double> x, Span<double> matrix)
    {
        if (Order != 3)
        {
            throw new InvalidOperationException($"ContractLast needs an order-3 tensor (this one has order {Order})");
        }

        int d = Dimension;
        if (x.Length != d || matrix.Length != d * d)
        {
            throw new ArgumentException($"x must have length {d} and the matrix {d * d} (got {x.Length} and {matrix.Length})");
        }

        var data = _data.AsSpan();
        for (int row = 0; row < d * d; row++)
        {
            matrix[row] = TensorPrimitives.Dot(data.Slice(row * d, d), x);
        }
    }

    private static readonly int[][] Permutations3 = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    private static readonly int[][] Permutations4 = MakePermutations4();

    private static int[][] MakePermutations4()
    {
        var list = new List<int[]>();
        for (int a = 0; a < 4; a++)
        {
            for (int b = 0; b < 4; b++)
            {
                for (int c = 0; c < 4; c++)
                {
                    int d = 6 - a - b - c;
                    if (a != b && a != c && b != c && d is >= 0 and < 4 && d != a && d != b && d != c)
                    {
                        list.Add([a, b, c, d]);
                    }
                }
            }
        }

        return list.ToArray();
    }
}
