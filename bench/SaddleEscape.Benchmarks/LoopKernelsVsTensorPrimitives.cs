using BenchmarkDotNet.Attributes;
using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// The minimiser's per-iteration span arithmetic in the steady state (both sides tiered up): <see cref="LoopKernels"/>
/// (compiled optimised on its first call) against the <c>TensorPrimitives</c> calls it replaced, at the loop benchmarks'
/// dimensions. The cold side is bench/PgdSideBySide's fresh-process rate.
/// </summary>
public class LoopKernelsVsTensorPrimitives
{
    private double[] _x = [];
    private double[] _y = [];
    private double[] _z = [];

    /// <summary>d = 10 (octopus) and d = 100 (quadratic saddle).</summary>
    [Params(10, 100)]
    public int Dimension { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _x = Enumerable.Range(0, Dimension).Select(i => 0.01 * ((i % 7) - 3)).ToArray();
        _y = Enumerable.Range(0, Dimension).Select(i => 0.5 + (1.5 * i / Dimension)).ToArray();
        _z = new double[Dimension];
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives: Dot, Norm, Sum, Multiply, MultiplyAdd")]
    public double TensorPrimitivesKernels()
    {
        TensorPrimitives.Multiply(_y, _x, _z);
        double q = TensorPrimitives.Dot(_z, _x) + TensorPrimitives.Dot(_x, _x);
        TensorPrimitives.MultiplyAdd(_x, 1e-3, _z, _z);
        return q + TensorPrimitives.Norm(_z) + TensorPrimitives.Sum(_x);
    }

    [Benchmark(Description = "LoopKernels: the same five")]
    public double Kernels()
    {
        LoopKernels.Multiply(_y, _x, _z);
        double q = LoopKernels.Dot(_z, _x) + LoopKernels.Dot(_x, _x);
        LoopKernels.MultiplyAdd(_x, 1e-3, _z, _z);
        return q + LoopKernels.Norm(_z) + LoopKernels.Sum(_x);
    }
}
