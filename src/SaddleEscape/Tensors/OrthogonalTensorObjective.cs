using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// Ge, Huang, Jin &amp; Yuan 2015's strict-saddle objective for orthogonal 4th-order tensor
/// decomposition (Goyal &amp; Ullah Eq. 6): f(u₁,…,u_m) = Σ_{i≠j} T(u_i, u_i, u_j, u_j), minimised over the
/// product of unit spheres. With T = Σ_k a_k^⊗4 (orthonormal a_k, m = k) its global minima are
/// exactly the permuted, sign-flipped components (f* = 0) and every other critical point is a
/// strict saddle. ∇_{u_i} f = 4 Σ_{j≠i} T(I, u_i, u_j, u_j); the HVP along V is
/// 4 Σ_{j≠i} [T(I, v_i, u_j, u_j) + 2T(I, u_i, u_j, v_j)]. A low-rank T uses the O(k·d·m)
/// matrix-product kernel; any other tensor the generic O(m²) contractions.
/// </summary>
public sealed class OrthogonalTensorObjective : IObjective, IHessianVectorProduct
{
    private readonly ISymmetricTensor _tensor;
    private readonly PairwiseQuarticKernel? _kernel;
    private readonly Matrix<double>? _factors;
    private readonly double[] _weights = [];
    private readonly double[] _work;

    /// <summary>The objective for <paramref name="vectors"/> unit vectors and an order-4 tensor.</summary>
    public OrthogonalTensorObjective(ISymmetricTensor tensor, int vectors)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Order != 4)
        {
            throw new ArgumentException("Ge et al.'s objective needs an order-4 tensor", nameof(tensor));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(vectors, 2);
        _tensor = tensor;
        Vectors = vectors;
        _work = new double[tensor.Dimension];
        if (tensor is LowRankSymmetricTensor low)
        {
            _factors = Matrix<double>.Build.Dense(low.Rank, low.Dimension, (k, j) => low.Factor(k)[j]);
            _weights = low.Weights.ToArray();
            _kernel = new PairwiseQuarticKernel(low.Rank, vectors, low.Dimension);
        }
    }

    /// <summary>The tensor T.</summary>
    public ISymmetricTensor Tensor => _tensor;

    /// <summary>m, the number of unit vectors u_i.</summary>
    public int Vectors { get; }

    /// <summary>d.</summary>
    public int BlockDimension => _tensor.Dimension;

    /// <inheritdoc />
    public int Dimension => Vectors * _tensor.Dimension;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => _kernel is not null
        ? _kernel.ValueAndGradient(_factors!, _weights, x, [])
        : Generic(x, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => _kernel is not null
        ? _kernel.ValueAndGradient(_factors!, _weights, x, gradient)
        : Generic(x, gradient);

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        if (_kernel is not null)
        {
            _kernel.HessianVectorProduct(_factors!, _weights, x, v, result);
            return;
        }

        int d = BlockDimension;
        result.Clear();
        for (int i = 0; i < Vectors; i++)
        {
            var ui = x.Slice(i * d, d);
            var vi = v.Slice(i * d, d);
            var ri = result.Slice(i * d, d);
            for (int j = 0; j < Vectors; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var uj = x.Slice(j * d, d);
                var vj = v.Slice(j * d, d);
                _tensor.Contract(vi, uj, uj, _work);
                TensorPrimitives.MultiplyAdd(_work, 4.0, ri, ri);
                _tensor.Contract(ui, uj, vj, _work);
                TensorPrimitives.MultiplyAdd(_work, 8.0, ri, ri);
            }
        }
    }

    private double Generic(ReadOnlySpan<double> x, Span<double> gradient)
    {
        int d = BlockDimension;
        double value = 0;
        if (!gradient.IsEmpty)
        {
            gradient.Clear();
        }

        for (int i = 0; i < Vectors; i++)
        {
            var ui = x.Slice(i * d, d);
            for (int j = 0; j < Vectors; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var uj = x.Slice(j * d, d);
                _tensor.Contract(ui, uj, uj, _work);
                value += TensorPrimitives.Dot(_work, ui);
                if (!gradient.IsEmpty)
                {
                    var gi = gradient.Slice(i * d, d);
                    TensorPrimitives.MultiplyAdd(_work, 4.0, gi, gi);
                }
            }
        }

        return value;
    }
}
