using SaddleEscape.Numerics;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The backpropagation baseline of Goyal &amp; Ullah Table 1 ("standard NN"): the same two-layer sigmoid network trained on the
/// same samples by mini-batch Adam (α given, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁷, Keras's defaults) on the mean squared error,
/// from Glorot-uniform weights and zero biases (Keras's default initialisation), with early stopping on a held-out split
/// and the best of several random restarts. Written out here rather than in TorchSharp: at this size (≤ 20 inputs and units)
/// libtorch's per-operation overhead would dominate, and the analytic gradient is checked against finite differences.
/// </summary>
public static class BackpropagationTrainer
{
    /// <summary>Trains k hidden units on x (n×d row-major), y; the last <see cref="BackpropagationOptions.ValidationFraction"/> of the samples validate.</summary>
    public static BackpropagationFit Train(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int dimension, int hidden, BackpropagationOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int n = y.Length, d = dimension;
        if (x.Length != n * d)
        {
            throw new ArgumentException($"x must hold n×d = {n}×{d} numbers (got {x.Length})", nameof(x));
        }

        int validation = (int)Math.Round(options.ValidationFraction * n), training = n - validation;
        if (validation < 1 || training < 1)
        {
            throw new ArgumentException($"{n} samples are too few for a training and a validation split");
        }

        var loss = new TwoLayerNetworkLoss(d, hidden);
        var validationIndices = Enumerable.Range(training, validation).ToArray();
        BackpropagationFit? best = null;
        for (int restart = 0; restart < options.Restarts; restart++)
        {
            var (theta, error, epochs) = TrainOnce(loss, x, y, training, validationIndices, options, SeedStreams.Random(seed, "backprop", restart));
            if (best is null || error < best.ValidationMse)
            {
                best = new BackpropagationFit(loss.Unpack(theta), error, epochs, restart);
            }
        }

        return best!;
    }

    private static (double[] Theta, double Error, int Epochs) TrainOnce(
        TwoLayerNetworkLoss loss, ReadOnlySpan<double> x, ReadOnlySpan<double> y, int training, int[] validationIndices, BackpropagationOptions options, Random random)
    {
        int d = loss.Dimension, k = loss.Hidden, p = loss.ParameterCount, kd = k * d;
        var theta = new double[p];
        double inner = Math.Sqrt(6.0 / (d + k)), outer = Math.Sqrt(6.0 / (k + 1));
        for (int i = 0; i < kd; i++)
        {
            theta[i] = inner * ((2 * random.NextDouble()) - 1);
        }

        for (int j = 0; j < k; j++)
        {
            theta[kd + k + j] = outer * ((2 * random.NextDouble()) - 1);
        }

        var gradient = new double[p];
        var m = new double[p];
        var v = new double[p];
        var order = Enumerable.Range(0, training).ToArray();
        var bestTheta = (double[])theta.Clone();
        double bestError = loss.ValueAndGradient(theta, x, y, validationIndices, gradient);
        int sinceBest = 0, epoch = 0;
        long step = 0;
        const double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7;
        while (epoch < options.MaxEpochs && sinceBest < options.Patience)
        {
            epoch++;
            random.Shuffle(order);
            for (int start = 0; start < training; start += options.BatchSize)
            {
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, training - start));
                loss.ValueAndGradient(theta, x, y, batch, gradient);
                step++;
                double correction1 = 1 - Math.Pow(beta1, step), correction2 = 1 - Math.Pow(beta2, step);
                for (int i = 0; i < p; i++)
                {
                    m[i] = (beta1 * m[i]) + ((1 - beta1) * gradient[i]);
                    v[i] = (beta2 * v[i]) + ((1 - beta2) * gradient[i] * gradient[i]);
                    theta[i] -= options.LearningRate * (m[i] / correction1) / (Math.Sqrt(v[i] / correction2) + epsilon);
                }
            }

            double error = loss.ValueAndGradient(theta, x, y, validationIndices, gradient);
            if (error < bestError)
            {
                bestError = error;
                Array.Copy(theta, bestTheta, p);
                sinceBest = 0;
            }
            else
            {
                sinceBest++;
            }
        }

        return (bestTheta, bestError, epoch);
    }
}
