using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Networks;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// One mini-batch gradient of Ge–Lee–Ma's G at d = m = 50, N = 262 144 (Ge, Lee &amp; Ma 2018 Fig. 4's batch),
/// against the machine's dense matrix-multiply throughput measured in the same run (MathNet,
/// 1024×1024). The G gradient's main products cost about 8·N·d·m flops (XBᵀ, PC, PᵀWP, RᵀX).
/// </summary>
[MemoryDiagnoser]
public class DesignedObjectiveGradient
{
    private DesignedObjectiveSampler _sampler = null!;
    private Matrix<double> _xs = null!;
    private double[] _ys = [];
    private double[] _b = [];
    private double[] _gradient = [];
    private Matrix<double> _left = null!;
    private Matrix<double> _right = null!;
    private Matrix<double> _product = null!;
    private TeacherNetwork _teacher = null!;
    private readonly Random _random = new(5);
    private double[] _rowMajor = [];
    private double[] _ys2 = [];

    public const int Dimension = 50;
    public const int Batch = 262_144;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var bStar = Enumerable.Range(0, Dimension * Dimension).Select(i => i / Dimension == i % Dimension ? 1.0 : 0.0).ToArray();
        var teacher = new TeacherNetwork(Enumerable.Repeat(1.0, Dimension).ToArray(), bStar, Dimension, Activation.Relu);
        _teacher = teacher;
        _rowMajor = new double[Batch * Dimension];
        _ys2 = new double[Batch];
        _sampler = new DesignedObjectiveSampler(teacher, new DesignedObjectiveSettings());
        (_xs, _ys) = teacher.SampleBatch(Batch, random);

        _b = Enumerable.Range(0, Dimension * Dimension).Select(_ => (random.NextDouble() - 0.5) / Math.Sqrt(Dimension)).ToArray();
        _gradient = new double[_b.Length];
        _left = Matrix<double>.Build.Random(1024, 1024, 1);
        _right = Matrix<double>.Build.Random(1024, 1024, 2);
        _product = Matrix<double>.Build.Dense(1024, 1024);
    }

    [Benchmark(Description = "G mini-batch gradient, d=m=50, N=262144 (~8·N·d·m = 5.24 GFLOP)")]
    public double Gradient() => _sampler.Evaluate(_b, _gradient, _xs, _ys);

    [Benchmark(Description = "G step: draw the batch block by block where it is used, and the gradient")]
    public double Step() => _sampler.StochasticGradient(_b, _gradient, Batch, _random);

    [Benchmark(Description = "draw the batch only (13.1 M normals and the teacher's outputs)")]
    public double Draw()
    {
        _teacher.SampleRows(_rowMajor, _ys2, _random);
        return _ys2[0];
    }

    [Benchmark(Description = "MathNet dense multiply 1024x1024 (2.15 GFLOP)")]
    public double MatrixMultiply()
    {
        _left.Multiply(_right, _product);
        return _product[0, 0];
    }
}
