using MathNet.Numerics.LinearAlgebra;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// Data whose moments have the shared-weight form whitening needs: x = a_h + σz, h ~ Categorical(w),
/// z ~ N(0, I) (a spherical Gaussian mixture; Hsu &amp; Kakade 2013). With m = E[x]:
/// M₂ = E[xxᵀ] − σ²I = Σ w_j a_j a_jᵀ and
/// M₃ = E[x^⊗3] − σ² Σ_i (m⊗e_i⊗e_i + e_i⊗m⊗e_i + e_i⊗e_i⊗m) = Σ w_j a_j^⊗3.
/// The estimators below replace expectations by sample means.
/// </summary>
public static class SphericalGaussianMixture
{
    /// <summary>n samples (n×d) from the mixture with components a (k×d), weights w and noise σ.</summary>
    public static double[,] Sample(double[,] components, double[] weights, double sigma, int n, Random random)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(random);
        int k = components.GetLength(0), d = components.GetLength(1);
        var cumulative = new double[k];
        double total = weights.Sum();
        double acc = 0;
        for (int j = 0; j < k; j++)
        {
            acc += weights[j] / total;
            cumulative[j] = acc;
        }

        var x = new double[n, d];
        for (int i = 0; i < n; i++)
        {
            double u = random.NextDouble();
            int h = Array.FindIndex(cumulative, c => u <= c);
            h = h < 0 ? k - 1 : h;
            for (int l = 0; l < d; l++)
            {
                x[i, l] = components[h, l] + (sigma * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1));
            }
        }

        return x;
    }

    /// <summary>The estimate of M₂ = E[xxᵀ] − σ²I.</summary>
    public static Matrix<double> SecondMoment(double[,] samples, double sigma)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var x = Matrix<double>.Build.DenseOfArray(samples);
        var m2 = x.TransposeThisAndMultiply(x) / x.RowCount;
        return m2 - (sigma * sigma * Matrix<double>.Build.DenseIdentity(x.ColumnCount));
    }

    /// <summary>The estimate of M₃(W, W, W) in dimension k: (1/n)Σ(Wᵀx_i)^⊗3 − σ²·sym(Wᵀm ⊗ WᵀW).</summary>
    public static DenseSymmetricTensor WhitenedThirdMoment(double[,] samples, double sigma, Whitening whitening)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(whitening);
        var empirical = LowRankSymmetricTensor.FromSamples(3, samples).Transform(whitening.WArray()).ToDense();
        int n = samples.GetLength(0), d = samples.GetLength(1), k = whitening.Rank;
        var mean = new double[d];
        for (int i = 0; i < n; i++)
        {
            for (int l = 0; l < d; l++)
            {
                mean[l] += samples[i, l] / n;
            }
        }

        var mw = whitening.W.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(mean)).ToArray();
        var c = whitening.W.TransposeThisAndMultiply(whitening.W);
        var correction = new double[k * k * k];
        int idx = 0;
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                for (int e = 0; e < k; e++)
                {
                    correction[idx++] = sigma * sigma * ((mw[a] * c[b, e]) + (mw[b] * c[a, e]) + (mw[e] * c[a, b]));
                }
            }
        }

        var data = empirical.Data.ToArray();
        TensorPrimitives.Subtract(data, correction, data);
        var result = new DenseSymmetricTensor(3, k);
        result.SetData(data);
        return result;
    }
}
