using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// First-layer biases by profile least squares, given the unit directions â_j: minimise the ridge readout's training error
/// (1/n)‖y − Hβ̂(b)‖² over b, one coordinate at a time on a grid (b_j ∈ [−<see cref="Range"/>, <see cref="Range"/>] in steps of
/// 0.1), two sweeps over the neurons, then each b_j refined on a grid of step 0.01 around its value. This is our data-only
/// alternative to the Fourier method, whose 1/p(x) weights give it unbounded variance for Gaussian inputs; it needs no
/// input density and costs O(sweeps·k·grid·n·k²).
/// </summary>
public static class ProfileBiasSearch
{
    /// <summary>The half-width of the coarse grid.</summary>
    public const double Range = 4;

    /// <summary>b̂₁ from samples x (n×d), labels y and the k unit directions (k×d), with ridge penalty λ in the readout.</summary>
    public static double[] Search(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> directions, int hidden, double penalty)
    {
        int n = y.Length, d = directions.Length / hidden;
        var projections = Matrix<double>.Build.Dense(n, hidden);
        for (int i = 0; i < n; i++)
        {
            var xi = x.Slice(i * d, d);
            for (int j = 0; j < hidden; j++)
            {
                projections[i, j] = System.Numerics.Tensors.TensorPrimitives.Dot(directions.Slice(j * d, d), xi);
            }
        }

        var labels = y.ToArray();
        var biases = new double[hidden];
        var features = Matrix<double>.Build.Dense(n, hidden + 1);
        for (int i = 0; i < n; i++)
        {
            features[i, hidden] = 1;
            for (int j = 0; j < hidden; j++)
            {
                features[i, j] = Sigmoid.Value(projections[i, j]);
            }
        }

        var coarse = Enumerable.Range(0, 81).Select(g => -Range + (0.1 * g)).ToArray();
        for (int sweep = 0; sweep < 2; sweep++)
        {
            for (int j = 0; j < hidden; j++)
            {
                biases[j] = Best(features, projections, labels, j, coarse, penalty);
            }
        }

        foreach (double step in new[] { 0.01, 0.001 })
        {
            bool moved = true;
            for (int sweep = 0; sweep < 20 && moved; sweep++)
            {
                moved = false;
                for (int j = 0; j < hidden; j++)
                {
                    double centre = biases[j];
                    var fine = Enumerable.Range(-5, 11).Select(g => centre + (step * g)).ToArray();
                    biases[j] = Best(features, projections, labels, j, fine, penalty);
                    moved |= biases[j] != centre;
                }
            }
        }

        return biases;
    }

    private static double Best(Matrix<double> features, Matrix<double> projections, double[] labels, int j, double[] grid, double penalty)
    {
        int n = labels.Length;
        double best = grid[0], bestError = double.PositiveInfinity;
        foreach (double b in grid)
        {
            for (int i = 0; i < n; i++)
            {
                features[i, j] = Sigmoid.Value(projections[i, j] + b);
            }

            double error = RidgeReadout.MeanSquaredError(features, labels, RidgeReadout.Fit(features, labels, penalty));
            if (error < bestError)
            {
                (best, bestError) = (b, error);
            }
        }

        for (int i = 0; i < n; i++)
        {
            features[i, j] = Sigmoid.Value(projections[i, j] + best);
        }

        return best;
    }
}
