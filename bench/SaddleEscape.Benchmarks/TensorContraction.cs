using BenchmarkDotNet.Attributes;
using SaddleEscape.Tensors;

namespace SaddleEscape.Benchmarks;

/// <summary>T(I, u, u, u) for an order-4 tensor with k components in dimension d: implicit (O(k·d)) vs dense (O(d⁴)).</summary>
[MemoryDiagnoser]
public class TensorContraction
{
    private LowRankSymmetricTensor _implicit = null!;
    private DenseSymmetricTensor _dense = null!;
    private double[] _u = [];
    private double[] _result = [];

    [Params(50)]
    public int Dimension { get; set; }

    [Params(50)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var comps = RandomComponents.Orthonormal(Components, Dimension, random);
        _implicit = LowRankSymmetricTensor.FromComponents(4, Enumerable.Repeat(1.0, Components).ToArray(), comps);
        _dense = _implicit.ToDense();
        _u = Enumerable.Range(0, Dimension).Select(i => Math.Sin(i + 1.0)).ToArray();
        _result = new double[Dimension];
    }

    [Benchmark(Baseline = true, Description = "T(I,u,u,u) dense, d=50")]
    public double Dense()
    {
        _dense.Contract(_u, _u, _u, _result);
        return _result[0];
    }

    [Benchmark(Description = "T(I,u,u,u) implicit, d=50, k=50")]
    public double Implicit()
    {
        _implicit.Contract(_u, _u, _u, _result);
        return _result[0];
    }
}
