using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Tensors;

/// <summary>Seeded random component sets for tensor problems.</summary>
public static class RandomComponents
{
    /// <summary>k orthonormal vectors in R^d (k ≤ d), as a k×d array: Q of the QR decomposition of a Gaussian matrix.</summary>
    public static double[,] Orthonormal(int k, int d, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (k < 1 || k > d)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"need 1 ≤ k ≤ d = {d}");
        }

        var g = Matrix<double>.Build.Dense(d, k, (_, _) => Normal.Sample(random, 0, 1));
        var q = g.QR().Q;
        var result = new double[k, d];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < d; j++)
            {
                result[i, j] = q[j, i];
            }
        }

        return result;
    }

    /// <summary>
    /// k unit vectors in R^d whose d×k matrix has condition number exactly <paramref name="condition"/> before
    /// normalising the columns (singular values log-spaced in [1, κ]); the normalised matrix's condition
    /// number is reported by <see cref="ConditionNumber"/>.
    /// </summary>
    public static double[,] WithCondition(int k, int d, double condition, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var left = Orthonormal(k, d, random);
        var right = Orthonormal(k, k, random);
        var result = new double[k, d];
        for (int i = 0; i < k; i++)
        {
            double norm = 0;
            for (int j = 0; j < d; j++)
            {
                double s = 0;
                for (int l = 0; l < k; l++)
                {
                    double sigma = k == 1 ? 1 : Math.Pow(condition, (double)l / (k - 1));
                    s += left[l, j] * sigma * right[l, i];
                }

                result[i, j] = s;
                norm += s * s;
            }

            for (int j = 0; j < d; j++)
            {
                result[i, j] /= Math.Sqrt(norm);
            }
        }

        return result;
    }

    /// <summary>Condition number σ_max/σ_min of the matrix whose rows are the components.</summary>
    public static double ConditionNumber(double[,] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var s = Matrix<double>.Build.DenseOfArray(components).Svd(computeVectors: false).S;
        return s.Maximum() / s.Minimum();
    }

    /// <summary>The rows of a k×d array, flattened row-major.</summary>
    public static double[] Flatten(double[,] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var flat = new double[components.Length];
        Buffer.BlockCopy(components, 0, flat, 0, flat.Length * sizeof(double));
        return flat;
    }
}
