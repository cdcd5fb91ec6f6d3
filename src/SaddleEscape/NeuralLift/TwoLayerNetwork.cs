using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The two-layer network of Goyal &amp; Ullah Eq. 9, f(x) = ⟨a₂, σ(A₁ᵀx + b₁)⟩ + b₂ with σ the sigmoid. Here the
/// k columns of A₁ are stored as the rows of <see cref="FirstLayer"/> (k×d row-major): neuron j computes
/// σ(⟨A₁[j], x⟩ + b₁[j]).
/// </summary>
public sealed class TwoLayerNetwork
{
    private readonly double[] _firstLayer;
    private readonly double[] _biases;
    private readonly double[] _outputWeights;

    /// <summary>The network with first-layer weights (k×d row-major), biases b₁ (k), output weights a₂ (k) and output bias b₂.</summary>
    public TwoLayerNetwork(int dimension, double[] firstLayer, double[] biases, double[] outputWeights, double outputBias)
    {
        ArgumentNullException.ThrowIfNull(firstLayer);
        ArgumentNullException.ThrowIfNull(biases);
        ArgumentNullException.ThrowIfNull(outputWeights);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        int k = biases.Length;
        if (k == 0 || firstLayer.Length != k * dimension || outputWeights.Length != k)
        {
            throw new ArgumentException($"need k×d first-layer weights, k biases and k output weights (got {firstLayer.Length}, {biases.Length}, {outputWeights.Length} for d = {dimension})");
        }

        Dimension = dimension;
        _firstLayer = (double[])firstLayer.Clone();
        _biases = (double[])biases.Clone();
        _outputWeights = (double[])outputWeights.Clone();
        OutputBias = outputBias;
    }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>k, the hidden units.</summary>
    public int Hidden => _biases.Length;

    /// <summary>A₁ᵀ: row j is the weight vector of neuron j (k×d row-major).</summary>
    public ReadOnlySpan<double> FirstLayer => _firstLayer;

    /// <summary>b₁.</summary>
    public ReadOnlySpan<double> Biases => _biases;

    /// <summary>a₂.</summary>
    public ReadOnlySpan<double> OutputWeights => _outputWeights;

    /// <summary>b₂.</summary>
    public double OutputBias { get; }

    /// <summary>Neuron j's weight vector.</summary>
    public ReadOnlySpan<double> Neuron(int j) => _firstLayer.AsSpan(j * Dimension, Dimension);

    /// <summary>f(x).</summary>
    public double Predict(ReadOnlySpan<double> x)
    {
        double sum = OutputBias;
        for (int j = 0; j < Hidden; j++)
        {
            sum += _outputWeights[j] * Sigmoid.Value(TensorPrimitives.Dot(Neuron(j), x) + _biases[j]);
        }

        return sum;
    }

    /// <summary>f at each row of x (n×d row-major).</summary>
    public double[] PredictAll(ReadOnlySpan<double> x)
    {
        int n = x.Length / Dimension;
        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = Predict(x.Slice(i * Dimension, Dimension));
        }

        return result;
    }

    /// <summary>(1/n) Σ (f(x_i) − y_i)².</summary>
    public double MeanSquaredError(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length * Dimension || y.Length == 0)
        {
            throw new ArgumentException($"x must hold n×{Dimension} numbers for n = {y.Length} ≥ 1 labels");
        }

        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double r = Predict(x.Slice(i * Dimension, Dimension)) - y[i];
            sum += r * r;
        }

        return sum / y.Length;
    }
}
