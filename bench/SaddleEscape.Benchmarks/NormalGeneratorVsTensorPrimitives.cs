using BenchmarkDotNet.Attributes;
using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// <see cref="NormalGenerator.Fill(ulong, Span{double}, double)"/> in the steady state (both sides tiered up): the
/// library's Box–Muller through <see cref="BoxMullerKernels"/> against the TensorPrimitives Log/Sin/Cos code it replaced
/// (kept here only, for this comparison: it draws different last bits in a fresh process and a warm one), on the same
/// xoshiro uniforms, for one PGD perturbation's worth (256) and one landscape-design block (262 144).
/// </summary>
public class NormalGeneratorVsTensorPrimitives
{
    private const int Chunk = 256;
    private double[] _values = [];
    private double[] _scratch = [];
    private int _offset;

    [Params(256, 262_144)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _values = new double[Count];
        // The old code's scratch: pinned and 64-byte aligned, as TensorPrimitives' head and tail paths needed.
        _scratch = GC.AllocateUninitializedArray<double>((2 * Chunk) + 8, pinned: true);
        long address = System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(_scratch, 0).ToInt64();
        _offset = (int)((64 - (address % 64)) % 64) / sizeof(double);
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives Log, Sin, Cos (before)")]
    public double TensorPrimitivesBoxMuller()
    {
        var state = new XoshiroUniforms(42);
        var scratch = _scratch.AsSpan(_offset, 2 * Chunk);
        var u1 = scratch[..(Chunk / 2)];
        var u2 = scratch.Slice(Chunk / 2, Chunk / 2);
        var sin = scratch.Slice(Chunk, Chunk / 2);
        var cos = scratch.Slice(3 * Chunk / 2, Chunk / 2);
        for (int start = 0; start < _values.Length; start += Chunk)
        {
            // Count is a multiple of the chunk: every chunk is whole.
            state.NextUniforms(u1, openAtZero: true);
            state.NextUniforms(u2, openAtZero: false);
            TensorPrimitives.Log(u1, u1);
            TensorPrimitives.Multiply(u1, -2.0, u1);
            TensorPrimitives.Sqrt(u1, u1);
            TensorPrimitives.Multiply(u1, 1.0, u1); // σ = 1
            TensorPrimitives.Multiply(u2, 2 * Math.PI, u2);
            TensorPrimitives.Sin(u2, sin);
            TensorPrimitives.Cos(u2, cos);
            TensorPrimitives.Multiply(u1, cos, _values.AsSpan(start, Chunk / 2));
            TensorPrimitives.Multiply(u1, sin, _values.AsSpan(start + (Chunk / 2), Chunk / 2));
        }

        return _values[^1];
    }

    [Benchmark(Description = "BoxMullerKernels (NormalGenerator.Fill)")]
    public double Kernels()
    {
        NormalGenerator.Fill(42, _values);
        return _values[^1];
    }
}
