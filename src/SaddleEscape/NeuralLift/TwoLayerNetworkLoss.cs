namespace SaddleEscape.NeuralLift;

/// <summary>
/// The mean squared error of a <see cref="TwoLayerNetwork"/> on a set of samples and its gradient, with the parameters packed
/// as θ = [A₁ᵀ (k×d row-major), b₁ (k), a₂ (k), b₂]. With h_j = σ(⟨w_j, x⟩ + b₁,j) and r = f(x) − y:
/// ∂/∂a₂,j = 2r·h_j, ∂/∂b₂ = 2r, ∂/∂b₁,j = 2r·a₂,j·h_j(1 − h_j), ∂/∂w_j = 2r·a₂,j·h_j(1 − h_j)·x, averaged over the samples.
/// </summary>
public sealed class TwoLayerNetworkLoss
{
    private readonly double[] _hidden;

    /// <summary>The loss for d inputs and k hidden units.</summary>
    public TwoLayerNetworkLoss(int dimension, int hidden)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        Dimension = dimension;
        Hidden = hidden;
        _hidden = new double[hidden];
    }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>k.</summary>
    public int Hidden { get; }

    /// <summary>The length of θ: k·d + 2k + 1.</summary>
    public int ParameterCount => (Hidden * Dimension) + (2 * Hidden) + 1;

    /// <summary>θ packed from a network.</summary>
    public double[] Pack(TwoLayerNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var theta = new double[ParameterCount];
        network.FirstLayer.CopyTo(theta);
        network.Biases.CopyTo(theta.AsSpan(Hidden * Dimension));
        network.OutputWeights.CopyTo(theta.AsSpan((Hidden * Dimension) + Hidden));
        theta[^1] = network.OutputBias;
        return theta;
    }

    /// <summary>The network θ describes.</summary>
    public TwoLayerNetwork Unpack(ReadOnlySpan<double> theta)
    {
        int kd = Hidden * Dimension;
        return new TwoLayerNetwork(Dimension, theta[..kd].ToArray(), theta.Slice(kd, Hidden).ToArray(), theta.Slice(kd + Hidden, Hidden).ToArray(), theta[^1]);
    }

    /// <summary>(1/|S|) Σ_{i∈S} (f_θ(x_i) − y_i)² over the samples <paramref name="indices"/> of x (n×d), y; the gradient is written to <paramref name="gradient"/>.</summary>
    public double ValueAndGradient(ReadOnlySpan<double> theta, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        int d = Dimension, k = Hidden, kd = k * d;
        gradient[..ParameterCount].Clear();
        var weights = theta[..kd];
        var biases = theta.Slice(kd, k);
        var output = theta.Slice(kd + k, k);
        double loss = 0, scale = 2.0 / indices.Length;
        foreach (int i in indices)
        {
            var xi = x.Slice(i * d, d);
            double f = theta[^1];
            for (int j = 0; j < k; j++)
            {
                _hidden[j] = Sigmoid.Value(System.Numerics.Tensors.TensorPrimitives.Dot(weights.Slice(j * d, d), xi) + biases[j]);
                f += output[j] * _hidden[j];
            }

            double r = f - y[i];
            loss += r * r;
            double g = scale * r;
            gradient[^1] += g;
            for (int j = 0; j < k; j++)
            {
                gradient[kd + k + j] += g * _hidden[j];
                double inner = g * output[j] * _hidden[j] * (1 - _hidden[j]);
                gradient[kd + j] += inner;
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(xi, inner, gradient.Slice(j * d, d), gradient.Slice(j * d, d));
            }
        }

        return loss / indices.Length;
    }
}
