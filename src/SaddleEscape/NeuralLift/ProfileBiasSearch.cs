using MathNet.Numerics.LinearAlgebra;
using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// First-layer biases by profile least squares, given the unit directions â_j: minimise the ridge readout's training error
/// (1/n)‖y − Hβ̂(b)‖² over b, one coordinate at a time on a grid (b_j ∈ [−<see cref="Range"/>, <see cref="Range"/>] in steps of
/// 0.1), two sweeps over the neurons, then coordinate descent on grids of step 0.01 and 0.001 around the current values (sweeps until
/// no coordinate moves, at most 20 per step). This is our data-only alternative to the Fourier method, whose 1/p(x) weights give it
/// unbounded variance for Gaussian inputs; it needs no input density. Changing b_j changes one column of H, so each trial
/// updates one row of HᵀH and one entry of Hᵀy in O(n·k) and reads the error from the normal equations,
/// ‖y − Hβ‖² = yᵀy − 2βᵀHᵀy + βᵀHᵀHβ, in O(k²).
/// </summary>
public static class ProfileBiasSearch
{
    /// <summary>The half-width of the coarse grid.</summary>
    public const double Range = 4;

    /// <summary>b̂₁ from samples x (n×d), labels y and the k unit directions (k×d), with ridge penalty λ in the readout.</summary>
    public static double[] Search(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> directions, int hidden, double penalty)
    {
        int n = y.Length, d = directions.Length / hidden;
        if (x.Length != n * d || directions.Length != hidden * d)
        {
            throw new ArgumentException($"need n×d samples and k×d directions (n = {n}, k = {hidden})");
        }

        // Column-major: projections ⟨â_j, x_i⟩ and features σ(⟨â_j, x_i⟩ + b_j), with a column of ones last.
        var projections = new double[hidden][];
        var columns = new double[hidden + 1][];
        for (int j = 0; j < hidden; j++)
        {
            projections[j] = new double[n];
            columns[j] = new double[n];
            for (int i = 0; i < n; i++)
            {
                projections[j][i] = TensorPrimitives.Dot(directions.Slice(j * d, d), x.Slice(i * d, d));
                columns[j][i] = Sigmoid.Value(projections[j][i]);
            }
        }

        columns[hidden] = Enumerable.Repeat(1.0, n).ToArray();
        var state = new NormalEquations(columns, y, penalty);
        var biases = new double[hidden];
        var coarse = Enumerable.Range(0, 81).Select(g => -Range + (0.1 * g)).ToArray();
        var candidate = new double[n];
        for (int sweep = 0; sweep < 2; sweep++)
        {
            for (int j = 0; j < hidden; j++)
            {
                biases[j] = state.Best(j, projections[j], coarse, candidate);
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
                    double center = biases[j];
                    var fine = Enumerable.Range(-5, 11).Select(g => center + (step * g)).ToArray();
                    biases[j] = state.Best(j, projections[j], fine, candidate);
                    moved |= biases[j] != center;
                }
            }
        }

        return biases;
    }

    /// <summary>HᵀH/n and Hᵀy/n kept current as single columns of H change.</summary>
    private sealed class NormalEquations
    {
        private readonly double[][] _columns;
        private readonly double[] _labels;
        private readonly Matrix<double> _gram;
        private readonly Vector<double> _rhs;
        private readonly double _labelEnergy;
        private readonly double _penalty;

        public NormalEquations(double[][] columns, ReadOnlySpan<double> y, double penalty)
        {
            _columns = columns;
            _labels = y.ToArray();
            _penalty = penalty;
            int p = columns.Length, n = _labels.Length;
            _gram = Matrix<double>.Build.Dense(p, p, (a, b) => TensorPrimitives.Dot(columns[a], columns[b]) / n);
            _rhs = Vector<double>.Build.Dense(p, a => TensorPrimitives.Dot(columns[a], _labels) / n);
            _labelEnergy = TensorPrimitives.Dot(_labels, _labels) / n;
        }

        /// <summary>The grid value of b_j with the least training error; column j is left at it.</summary>
        public double Best(int j, double[] projection, double[] grid, double[] candidate)
        {
            double best = grid[0], bestError = double.PositiveInfinity;
            foreach (double b in grid)
            {
                Set(j, projection, b, candidate);
                double error = Error();
                if (error < bestError)
                {
                    (best, bestError) = (b, error);
                }
            }

            Set(j, projection, best, candidate);
            return best;
        }

        private void Set(int j, double[] projection, double b, double[] candidate)
        {
            int n = _labels.Length;
            for (int i = 0; i < n; i++)
            {
                candidate[i] = Sigmoid.Value(projection[i] + b);
            }

            Array.Copy(candidate, _columns[j], n);
            for (int m = 0; m < _columns.Length; m++)
            {
                double value = TensorPrimitives.Dot(_columns[j], _columns[m]) / n;
                _gram[j, m] = value;
                _gram[m, j] = value;
            }

            _rhs[j] = TensorPrimitives.Dot(_columns[j], _labels) / n;
        }

        private double Error()
        {
            var beta = Vector<double>.Build.DenseOfArray(RidgeReadout.Solve(_gram, _rhs, _penalty));
            return _labelEnergy - (2 * beta.DotProduct(_rhs)) + beta.DotProduct(_gram * beta);
        }
    }
}
