using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The second layer by ridge regression (Janzamin, Sedghi &amp; Anandkumar 2015; Goyal &amp; Ullah Proc. 4 step 4): with
/// hidden features h_i = σ(Â₁ᵀx_i + b̂₁), minimise (1/n) Σ (y_i − ⟨a₂, h_i⟩ − b₂)² + λ‖a₂‖² (the bias unpenalised),
/// i.e. solve (HᵀH/n + λ·diag(1, …, 1, 0)) [a₂; b₂] = Hᵀy/n with H = [h_i, 1].
/// </summary>
public static class RidgeReadout
{
    /// <summary>The hidden features σ(⟨â_j, x_i⟩ + b_j) with a column of ones appended (n×(k+1)).</summary>
    public static Matrix<double> Features(ReadOnlySpan<double> x, ReadOnlySpan<double> directions, ReadOnlySpan<double> biases)
    {
        int k = biases.Length, d = directions.Length / k, n = x.Length / d;
        var h = Matrix<double>.Build.Dense(n, k + 1);
        for (int i = 0; i < n; i++)
        {
            var xi = x.Slice(i * d, d);
            for (int j = 0; j < k; j++)
            {
                h[i, j] = Sigmoid.Value(System.Numerics.Tensors.TensorPrimitives.Dot(directions.Slice(j * d, d), xi) + biases[j]);
            }

            h[i, k] = 1;
        }

        return h;
    }

    /// <summary>[a₂; b₂] for features H (from <see cref="Features"/>), labels y and penalty λ ≥ 0.</summary>
    public static double[] Fit(Matrix<double> features, ReadOnlySpan<double> y, double penalty)
    {
        ArgumentNullException.ThrowIfNull(features);
        int n = features.RowCount, p = features.ColumnCount;
        if (y.Length != n)
        {
            throw new ArgumentException($"need {n} labels (got {y.Length})", nameof(y));
        }

        var gram = features.TransposeThisAndMultiply(features) / n;
        var rhs = features.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(y.ToArray())) / n;
        return Solve(gram, rhs, penalty);
    }

    /// <summary>
    /// [a₂; b₂] from the normal equations: <paramref name="gram"/> = HᵀH/n and <paramref name="rhs"/> = Hᵀy/n (the last
    /// coordinate the intercept, unpenalised). The matrix passed is not changed.
    /// </summary>
    public static double[] Solve(Matrix<double> gram, Vector<double> rhs, double penalty)
    {
        ArgumentNullException.ThrowIfNull(gram);
        ArgumentNullException.ThrowIfNull(rhs);
        int p = gram.RowCount;
        var regularized = gram.Clone();
        // A tiny ridge on every coordinate keeps λ = 0 solvable when two features coincide.
        double jitter = 1e-12 * Math.Max(1, gram.Diagonal().AbsoluteMaximum());
        for (int j = 0; j < p; j++)
        {
            regularized[j, j] += jitter + (j < p - 1 ? penalty : 0);
        }

        return regularized.Cholesky().Solve(rhs).ToArray();
    }

    /// <summary>(1/n)‖y − Hβ‖².</summary>
    public static double MeanSquaredError(Matrix<double> features, ReadOnlySpan<double> y, double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(features);
        var prediction = features * Vector<double>.Build.DenseOfArray(coefficients);
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double r = prediction[i] - y[i];
            sum += r * r;
        }

        return sum / y.Length;
    }
}
