using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// T = Σ_k w_k a_k^⊗p stored implicitly as k weights and k factor vectors, so every multilinear
/// evaluation costs O(k·d·p) instead of O(d^p). Covers both a tensor given by its components
/// (w_k = λ_k) and an empirical moment (1/n) Σ_i y_i x_i^⊗p (w_i = y_i/n, a_i = x_i).
/// </summary>
public sealed class LowRankSymmetricTensor : ISymmetricTensor
{
    private readonly double[] _weights;
    private readonly double[] _factors;

    /// <summary>T = Σ_k weights[k]·factors[k]^⊗order; factors is k×d, row-major (copied).</summary>
    public LowRankSymmetricTensor(int order, double[] weights, double[] factors, int dimension)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(factors);
        Order = TensorOrder.Validate(order);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (factors.Length != weights.Length * dimension)
        {
            throw new ArgumentException($"factors must hold {weights.Length}×{dimension} numbers (got {factors.Length})", nameof(factors));
        }

        Dimension = dimension;
        _weights = (double[])weights.Clone();
        _factors = (double[])factors.Clone();
    }

    /// <summary>From components: T = Σ λ_k a_k^⊗p with a_k the rows of <paramref name="components"/> (k×d).</summary>
    public static LowRankSymmetricTensor FromComponents(int order, double[] lambdas, double[,] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        int k = components.GetLength(0), d = components.GetLength(1);
        var flat = new double[k * d];
        Buffer.BlockCopy(components, 0, flat, 0, flat.Length * sizeof(double));
        return new LowRankSymmetricTensor(order, lambdas, flat, d);
    }

    /// <summary>The empirical moment (1/n) Σ_i y_i x_i^⊗p from samples x_i (rows of <paramref name="samples"/>, n×d) and labels y_i (all 1 when null).</summary>
    public static LowRankSymmetricTensor FromSamples(int order, double[,] samples, double[]? labels = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        int n = samples.GetLength(0);
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            weights[i] = (labels?[i] ?? 1.0) / n;
        }

        return FromComponents(order, weights, samples);
    }

    /// <inheritdoc />
    public int Order { get; }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>k, the number of rank-one terms.</summary>
    public int Rank => _weights.Length;

    /// <summary>w_k.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>a_k (length d).</summary>
    public ReadOnlySpan<double> Factor(int k) => _factors.AsSpan(k * Dimension, Dimension);

    /// <inheritdoc />
    public double Form(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e)
    {
        TensorOrder.CheckArguments(this, b, c, e);
        double sum = 0;
        for (int k = 0; k < _weights.Length; k++)
        {
            var f = Factor(k);
            double term = _weights[k] * TensorPrimitives.Dot(f, a) * TensorPrimitives.Dot(f, b) * TensorPrimitives.Dot(f, c);
            sum += Order == 4 ? term * TensorPrimitives.Dot(f, e) : term;
        }

        return sum;
    }

    /// <inheritdoc />
    public void Contract(ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> e, Span<double> result)
    {
        TensorOrder.CheckArguments(this, b, c, e);
        result.Clear();
        for (int k = 0; k < _weights.Length; k++)
        {
            var f = Factor(k);
            double coefficient = _weights[k] * TensorPrimitives.Dot(f, b) * TensorPrimitives.Dot(f, c);
            if (Order == 4)
            {
                coefficient *= TensorPrimitives.Dot(f, e);
            }

            TensorPrimitives.MultiplyAdd(f, coefficient, result, result);
        }
    }

    /// <summary>
    /// T(W, W, …, W) for a d×m matrix W (row-major): Σ_k w_k (Wᵀa_k)^⊗p, again low-rank, in
    /// dimension m (the whitening step of Goyal &amp; Ullah Alg. 2).
    /// </summary>
    public LowRankSymmetricTensor Transform(double[,] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.GetLength(0) != Dimension)
        {
            throw new ArgumentException($"W must have {Dimension} rows (got {w.GetLength(0)})", nameof(w));
        }

        int m = w.GetLength(1);
        var factors = new double[Rank * m];
        for (int k = 0; k < Rank; k++)
        {
            var f = Factor(k);
            for (int j = 0; j < m; j++)
            {
                double s = 0;
                for (int i = 0; i < Dimension; i++)
                {
                    s += w[i, j] * f[i];
                }

                factors[(k * m) + j] = s;
            }
        }

        return new LowRankSymmetricTensor(Order, _weights, factors, m);
    }

    /// <summary>T + Σ_l w_l b_l^⊗p as one low-rank tensor (extra factors k'×d, row-major).</summary>
    public LowRankSymmetricTensor Append(ReadOnlySpan<double> weights, ReadOnlySpan<double> factors) =>
        new(Order, [.. _weights, .. weights], [.. _factors, .. factors], Dimension);

    /// <summary>‖T‖²_F = Σ_{k,l} w_k w_l (a_kᵀa_l)^p, in O(k²·d) without forming T.</summary>
    public double ToDenseNormSquared()
    {
        double sum = 0;
        for (int k = 0; k < Rank; k++)
        {
            for (int l = 0; l < Rank; l++)
            {
                sum += _weights[k] * _weights[l] * Math.Pow(TensorPrimitives.Dot(Factor(k), Factor(l)), Order);
            }
        }

        return sum;
    }

    /// <summary>The dense form (d^p entries) of this tensor.</summary>
    public DenseSymmetricTensor ToDense()
    {
        var dense = new DenseSymmetricTensor(Order, Dimension);
        for (int k = 0; k < Rank; k++)
        {
            dense.AddRankOne(_weights[k], Factor(k));
        }

        return dense;
    }
}
