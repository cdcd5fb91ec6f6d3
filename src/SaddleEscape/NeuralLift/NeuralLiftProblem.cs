using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// A teacher–data pair in the setting of Goyal &amp; Ullah §4.1 (whose parameters the report does not give; these are
/// ours): inputs from a mixture of three Gaussians with diagonal covariances (<see cref="DiagonalGaussianMixture.Draw"/>),
/// labels ỹ = ⟨a₂, σ(A₁ᵀx + b₁)⟩ + b₂ + ε (Eq. 9) with unit-norm random columns of A₁ (Janzamin et al.'s convention),
/// b₁ uniform on (−0.8, 0.8) (inside the Fourier method's unambiguous range (−1, 1] at ξ = ½), |a₂,j| uniform on
/// (0.5, 1.5) with random signs, b₂ uniform on (−0.5, 0.5), and Gaussian label noise ε of standard deviation
/// <see cref="NoiseStd"/>.
/// </summary>
public sealed class NeuralLiftProblem
{
    private NeuralLiftProblem(DiagonalGaussianMixture density, TwoLayerNetwork teacher, double noiseStd, int seed)
    {
        Density = density;
        Teacher = teacher;
        NoiseStd = noiseStd;
        Seed = seed;
    }

    /// <summary>The input density p(x).</summary>
    public DiagonalGaussianMixture Density { get; }

    /// <summary>The teacher network (ground truth; for evaluation only).</summary>
    public TwoLayerNetwork Teacher { get; }

    /// <summary>Standard deviation of the label noise.</summary>
    public double NoiseStd { get; }

    /// <summary>The seed the problem was drawn from.</summary>
    public int Seed { get; }

    /// <summary>Draws the mixture and teacher for dimension d and k hidden units from <paramref name="seed"/>.</summary>
    public static NeuralLiftProblem Draw(int dimension, int hidden, int seed, double noiseStd = 0.1, int mixtureComponents = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (hidden < 1 || hidden > dimension)
        {
            throw new ArgumentOutOfRangeException(nameof(hidden), hidden, $"need 1 ≤ k ≤ d = {dimension}");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(noiseStd);
        var mixture = DiagonalGaussianMixture.Draw(dimension, mixtureComponents, SeedStreams.Random(seed, "lift-mixture"));
        var random = SeedStreams.Random(seed, "lift-teacher");
        var a1 = new double[hidden * dimension];
        Normal.Samples(random, a1, 0, 1);
        for (int j = 0; j < hidden; j++)
        {
            var row = a1.AsSpan(j * dimension, dimension);
            TensorPrimitives.Multiply(row, 1 / TensorPrimitives.Norm(row), row);
        }

        var b1 = Enumerable.Range(0, hidden).Select(_ => (1.6 * random.NextDouble()) - 0.8).ToArray();
        var a2 = Enumerable.Range(0, hidden).Select(_ => (random.NextDouble() < 0.5 ? -1 : 1) * (0.5 + random.NextDouble())).ToArray();
        double b2 = random.NextDouble() - 0.5;
        return new NeuralLiftProblem(mixture, new TwoLayerNetwork(dimension, a1, b1, a2, b2), noiseStd, seed);
    }

    /// <summary>n labelled samples (x n×d row-major, y) from stream <paramref name="stream"/> of the problem's seed (e.g. "train", "test").</summary>
    public (double[] X, double[] Y) Sample(int n, string stream)
    {
        var random = SeedStreams.Random(Seed, "lift-" + stream);
        var x = Density.Sample(n, random);
        var y = Teacher.PredictAll(x);
        if (NoiseStd > 0)
        {
            for (int i = 0; i < n; i++)
            {
                y[i] += NoiseStd * Normal.Sample(random, 0, 1);
            }
        }

        return (x, y);
    }
}
