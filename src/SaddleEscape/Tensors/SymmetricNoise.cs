using MathNet.Numerics.Distributions;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>Additive symmetric noise E with a prescribed Frobenius norm ‖E‖_F = σ.</summary>
public static class SymmetricNoise
{
    /// <summary>Dense: a symmetrised Gaussian tensor scaled to ‖E‖_F = σ (O(d^p) storage; small d).</summary>
    public static DenseSymmetricTensor Dense(int order, int dimension, double sigma, Random random)
    {
        var e = new DenseSymmetricTensor(order, dimension);
        e.AddSymmetricGaussianNoise(1.0, random);
        double norm = Math.Sqrt(e.SquaredNorm());
        var result = new DenseSymmetricTensor(order, dimension);
        result.AddScaled(e, sigma / norm);
        return result;
    }

    /// <summary>
    /// Low-rank: E = c Σ_{l=1}^{r} s_l g_l^⊗p with random signs s_l and Gaussian directions g_l, c chosen
    /// so that ‖E‖_F = σ (computed exactly: ‖E‖² = c² Σ_{l,l'} s_l s_l' (g_lᵀg_l')^p). Keeps every
    /// multilinear evaluation O(r·d), so noisy problems stay fast in high dimension.
    /// </summary>
    public static (double[] Weights, double[] Factors) LowRank(int order, int dimension, int rank, double sigma, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var factors = new double[rank * dimension];
        Normal.Samples(random, factors, 0, 1 / Math.Sqrt(dimension));
        var signs = new double[rank];
        for (int l = 0; l < rank; l++)
        {
            signs[l] = random.NextDouble() < 0.5 ? -1 : 1;
        }

        double norm2 = 0;
        for (int l = 0; l < rank; l++)
        {
            for (int m = 0; m < rank; m++)
            {
                double dot = TensorPrimitives.Dot(factors.AsSpan(l * dimension, dimension), factors.AsSpan(m * dimension, dimension));
                norm2 += signs[l] * signs[m] * Math.Pow(dot, order);
            }
        }

        double c = sigma / Math.Sqrt(norm2);
        return (signs.Select(s => s * c).ToArray(), factors);
    }
}
