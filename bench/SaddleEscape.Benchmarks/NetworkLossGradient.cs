using BenchmarkDotNet.Attributes;
using SaddleEscape.Networks;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// One SGD step's work on Ge, Lee &amp; Ma 2018's f′ (Eq. 2.5, Fig. 3's setting: d = m = 50, fresh batch of 8 192):
/// drawing the batch (409 600 normals and the teacher's labels) and the mini-batch gradient of the student
/// aᵀγ(Bx) with γ = σ₂h₂ + σ₄h₄ (about 4·N·d·m = 82 MFLOP in its products Bx and the rank-one updates).
/// </summary>
[MemoryDiagnoser]
public class NetworkLossGradient
{
    public const int Dimension = 50;
    public const int Batch = 8192;
    private NetworkSquaredLoss _loss = null!;
    private double[] _x = [];
    private double[] _gradient = [];
    private readonly Random _random = new(3);

    [GlobalSetup]
    public void Setup()
    {
        var bStar = Enumerable.Range(0, Dimension * Dimension).Select(i => i / Dimension == i % Dimension ? 1.0 : 0.0).ToArray();
        var teacher = new TeacherNetwork(Enumerable.Repeat(1.0, Dimension).ToArray(), bStar, Dimension, Activation.Relu);
        // A degree-4 polynomial γ and its derivative, as f′ uses (the coefficients do not change the cost).
        _loss = new NetworkSquaredLoss(teacher, z => (0.28 * ((z * z) - 1)) - (0.03 * ((z * z * z * z) - (6 * z * z) + 3)), z => (0.56 * z) - (0.12 * z * ((z * z) - 3)), 1000, 1);
        var random = new Random(2);
        _x = Enumerable.Range(0, Dimension * (1 + Dimension)).Select(_ => (random.NextDouble() - 0.5) / Math.Sqrt(Dimension)).ToArray();
        _gradient = new double[_x.Length];
    }

    [Benchmark(Description = "f′ SGD step at d=m=50, N=8192: draw the batch and the gradient")]
    public double Step() => _loss.StochasticGradient(_x, _gradient, Batch, _random);
}
