using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Tensors;

/// <summary>
/// The O(k·d·m) kernel of Ge et al.'s objective (Goyal &amp; Ullah Eq. 6) for a low-rank T = Σ_k w_k a_k^⊗4:
/// with P = A·Uᵀ (P_ki = a_kᵀu_i) and S_k = Σ_i P_ki²,
/// Σ_{i≠j} T(u_i,u_i,u_j,u_j) = Σ_k w_k (S_k² − Σ_i P_ki⁴), ∂/∂P_ki = 4w_k P_ki (S_k − P_ki²), ∇_U = Dᵀ A;
/// the Hessian-vector product along V (Q = A·Vᵀ) is (dD)ᵀA with
/// dD_ki = 4w_k [Q_ki (S_k − P_ki²) + P_ki (2Σ_j P_kj Q_kj − 2P_ki Q_ki)].
/// All buffers are preallocated: no allocation per call.
/// </summary>
internal sealed class PairwiseQuarticKernel
{
    private readonly Matrix<double> _u;
    private readonly Matrix<double> _p;
    private readonly Matrix<double> _q;
    private readonly Matrix<double> _d;
    private readonly Matrix<double> _g;
    private readonly double[] _s;
    private readonly double[] _ds;

    public PairwiseQuarticKernel(int rank, int vectors, int dimension)
    {
        Vectors = vectors;
        Dimension = dimension;
        _u = Matrix<double>.Build.Dense(vectors, dimension);
        _p = Matrix<double>.Build.Dense(rank, vectors);
        _q = Matrix<double>.Build.Dense(rank, vectors);
        _d = Matrix<double>.Build.Dense(rank, vectors);
        _g = Matrix<double>.Build.Dense(vectors, dimension);
        _s = new double[rank];
        _ds = new double[rank];
    }

    public int Vectors { get; }

    public int Dimension { get; }

    /// <summary>Value, and (when <paramref name="gradient"/> is non-empty) the gradient added into it scaled by 1.</summary>
    public double ValueAndGradient(Matrix<double> a, ReadOnlySpan<double> weights, ReadOnlySpan<double> x, Span<double> gradient)
    {
        Load(x, _u);
        a.TransposeAndMultiply(_u, _p);
        int rank = weights.Length;
        double value = 0;
        for (int k = 0; k < rank; k++)
        {
            double s = 0, s4 = 0;
            for (int i = 0; i < Vectors; i++)
            {
                double pk = _p.At(k, i);
                double p2 = pk * pk;
                s += p2;
                s4 += p2 * p2;
            }

            _s[k] = s;
            value += weights[k] * ((s * s) - s4);
            for (int i = 0; i < Vectors; i++)
            {
                double pk = _p.At(k, i);
                _d.At(k, i, 4 * weights[k] * pk * (s - (pk * pk)));
            }
        }

        if (!gradient.IsEmpty)
        {
            _d.TransposeThisAndMultiply(a, _g);
            Store(_g, gradient);
        }

        return value;
    }

    /// <summary>Writes the Hessian-vector product along v into <paramref name="result"/>.</summary>
    public void HessianVectorProduct(Matrix<double> a, ReadOnlySpan<double> weights, ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        Load(x, _u);
        a.TransposeAndMultiply(_u, _p);
        Load(v, _u);
        a.TransposeAndMultiply(_u, _q);
        int rank = weights.Length;
        for (int k = 0; k < rank; k++)
        {
            double s = 0, ds = 0;
            for (int i = 0; i < Vectors; i++)
            {
                double pk = _p.At(k, i);
                s += pk * pk;
                ds += 2 * pk * _q.At(k, i);
            }

            for (int i = 0; i < Vectors; i++)
            {
                double pk = _p.At(k, i), qk = _q.At(k, i);
                _d.At(k, i, 4 * weights[k] * ((qk * (s - (pk * pk))) + (pk * (ds - (2 * pk * qk)))));
            }
        }

        _d.TransposeThisAndMultiply(a, _g);
        Store(_g, result);
    }

    private void Load(ReadOnlySpan<double> x, Matrix<double> m)
    {
        for (int i = 0; i < Vectors; i++)
        {
            for (int j = 0; j < Dimension; j++)
            {
                m.At(i, j, x[(i * Dimension) + j]);
            }
        }
    }

    private void Store(Matrix<double> m, Span<double> x)
    {
        for (int i = 0; i < Vectors; i++)
        {
            for (int j = 0; j < Dimension; j++)
            {
                x[(i * Dimension) + j] = m.At(i, j);
            }
        }
    }
}
