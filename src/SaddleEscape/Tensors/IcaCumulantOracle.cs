using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// The online setting of Ge, Huang, Jin &amp; Yuan 2015: T is reachable only through samples.
/// x = A s with A orthogonal (rows a_i) and independent Rademacher sources s_i, so E[xxᵀ] = I and
/// the 4th cumulant is κ₄(x) = Σ_i κ₄(s_i) a_i^⊗4 = −2 Σ_i a_i^⊗4. Hence
/// T(u,u,v,v) = −½κ₄(u,u,v,v) = −½(E[(uᵀx)²(vᵀx)²] − ‖u‖²‖v‖² − 2(uᵀv)²), and a mini-batch of
/// fresh samples gives an unbiased estimate of Ge et al.'s Eq. 6 and its gradient:
/// −½·(1/b)Σ_x Σ_{i≠j}(u_iᵀx)²(u_jᵀx)² + ½Σ_{i≠j}(‖u_i‖²‖u_j‖² + 2(u_iᵀu_j)²), whose u_i-gradient adds
/// 2Σ_{j≠i}‖u_j‖²u_i + 4Σ_{j≠i}(u_iᵀu_j)u_j to the sample term (computed by the O(b·d·m) kernel).
/// </summary>
public sealed class IcaCumulantOracle : IStochasticObjective
{
    private readonly double[,] _mixing;
    private readonly int _vectors;
    private readonly int _d;
    private readonly Dictionary<int, (Matrix<double> X, double[] W, PairwiseQuarticKernel K)> _buffers = [];
    private readonly double[] _sources;

    /// <summary>Samples x = A s for the k×d orthonormal <paramref name="components"/> A (rows a_i), for m = <paramref name="vectors"/> unit vectors.</summary>
    public IcaCumulantOracle(double[,] components, int vectors)
    {
        ArgumentNullException.ThrowIfNull(components);
        _mixing = (double[,])components.Clone();
        _vectors = vectors;
        _d = components.GetLength(1);
        _sources = new double[components.GetLength(0)];
    }

    /// <summary>Draws one sample x = Aᵀs (s Rademacher) into <paramref name="x"/>.</summary>
    public void Sample(Random random, Span<double> x)
    {
        ArgumentNullException.ThrowIfNull(random);
        x.Clear();
        for (int i = 0; i < _sources.Length; i++)
        {
            double s = random.NextDouble() < 0.5 ? -1.0 : 1.0;
            for (int l = 0; l < _d; l++)
            {
                x[l] += s * _mixing[i, l];
            }
        }
    }

    /// <inheritdoc />
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (!_buffers.TryGetValue(batchSize, out var buf))
        {
            buf = (Matrix<double>.Build.Dense(batchSize, _d), Enumerable.Repeat(-0.5 / batchSize, batchSize).ToArray(), new PairwiseQuarticKernel(batchSize, _vectors, _d));
            _buffers[batchSize] = buf;
        }

        Span<double> row = stackalloc double[_d];
        for (int b = 0; b < batchSize; b++)
        {
            Sample(random, row);
            for (int l = 0; l < _d; l++)
            {
                buf.X.At(b, l, row[l]);
            }
        }

        double value = buf.K.ValueAndGradient(buf.X, buf.W, x, gradient);
        double sumSquares = 0;
        for (int j = 0; j < _vectors; j++)
        {
            var uj = x.Slice(j * _d, _d);
            sumSquares += TensorPrimitives.Dot(uj, uj);
        }

        for (int i = 0; i < _vectors; i++)
        {
            var ui = x.Slice(i * _d, _d);
            var gi = gradient.Slice(i * _d, _d);
            double ni = TensorPrimitives.Dot(ui, ui);
            value += 0.5 * ni * (sumSquares - ni);
            TensorPrimitives.MultiplyAdd(ui, 2 * (sumSquares - ni), gi, gi);
            for (int j = 0; j < _vectors; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var uj = x.Slice(j * _d, _d);
                double c = TensorPrimitives.Dot(ui, uj);
                value += c * c;
                TensorPrimitives.MultiplyAdd(uj, 4 * c, gi, gi);
            }
        }

        return value;
    }
}
