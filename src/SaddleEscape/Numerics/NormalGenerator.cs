namespace SaddleEscape.Numerics;

/// <summary>
/// A fast, vectorised source of standard normal draws. Uniforms come from four interleaved xoshiro256+ streams
/// (Blackman &amp; Vigna 2021) advanced together in one <see cref="System.Runtime.Intrinsics.Vector256{T}"/>, seeded by
/// SplitMix64 from a 64-bit seed; pairs of uniforms become normals by Box–Muller (Box &amp; Muller 1958),
/// z₁ = √(−2 ln u₁)·cos 2πu₂, z₂ = √(−2 ln u₁)·sin 2πu₂, with the project's own vectorised fdlibm logarithm, sine and
/// cosine (<see cref="BoxMullerKernels"/>), which use correctly rounded arithmetic only: the same seed gives the same bits
/// in a fresh process and a warm one, with or without AVX2, whatever the destination's alignment. A draw depends only on
/// its seed and its position, so a large batch split into blocks seeded with <see cref="BlockSeed"/> is bit-identical
/// whatever the number of threads that fill it (see <see cref="FillBlocks"/>).
/// u₁ has 52 random bits and lies in (0, 1], so |z| ≤ √(104 ln 2) ≈ 8.49. Allocation-free after a thread's first call.
/// </summary>
public static class NormalGenerator
{
    /// <summary>Normals per Box–Muller chunk (half from cosines, half from sines).</summary>
    private const int Chunk = 256;

    /// <summary>This thread's u₁, u₂ and, for a partial last chunk, cosines and sines (a stackalloc would zero 4 KB a call).</summary>
    [ThreadStatic]
    private static double[]? _scratch;

    /// <summary>The seed of block <paramref name="block"/> of stream <paramref name="seed"/> (SplitMix64 finaliser of both).</summary>
    public static ulong BlockSeed(ulong seed, long block) =>
        XoshiroUniforms.Mix(seed ^ XoshiroUniforms.Mix(unchecked((ulong)block + 0x9E3779B97F4A7C15UL)));

    /// <summary>Fills <paramref name="values"/> with N(0, σ²) draws of stream <paramref name="seed"/>.</summary>
    public static void Fill(ulong seed, Span<double> values, double sigma = 1.0)
    {
        var state = new XoshiroUniforms(seed);
        var scratch = _scratch ??= new double[2 * Chunk];
        var u1 = scratch.AsSpan(0, Chunk / 2);
        var u2 = scratch.AsSpan(Chunk / 2, Chunk / 2);
        for (int start = 0; start < values.Length; start += Chunk)
        {
            // Pair i gives value i (cosine) and value half + i (sine); a partial chunk's odd last pair only its sine.
            int count = Math.Min(Chunk, values.Length - start);
            int half = count / 2;
            int pairs = count - half;
            state.NextUniforms(u1[..pairs], openAtZero: true);
            state.NextUniforms(u2[..pairs], openAtZero: false);
            var chunk = values.Slice(start, count);
            if (half == pairs)
            {
                BoxMullerKernels.Transform(u1[..pairs], u2[..pairs], sigma, chunk[..half], chunk[half..]);
            }
            else
            {
                var cosines = scratch.AsSpan(Chunk, pairs);
                BoxMullerKernels.Transform(u1[..pairs], u2[..pairs], sigma, cosines, chunk[half..]);
                cosines[..half].CopyTo(chunk);
            }
        }
    }

    /// <summary>Fills <paramref name="values"/> with N(0, σ²) draws seeded by one 64-bit draw of <paramref name="random"/> (same seed, same bits).</summary>
    public static void Fill(Random random, Span<double> values, double sigma = 1.0)
    {
        ArgumentNullException.ThrowIfNull(random);
        Fill(unchecked((ulong)random.NextInt64(long.MinValue, long.MaxValue)), values, sigma);
    }

    /// <summary>
    /// Fills <paramref name="values"/> in blocks of <paramref name="blockSize"/> draws, block b from stream
    /// <see cref="BlockSeed"/>(<paramref name="seed"/>, b), on up to <see cref="ThreadLimit.Threads"/> threads: the result
    /// does not depend on the thread count.
    /// </summary>
    public static void FillBlocks(ulong seed, double[] values, int blockSize = 1 << 16, double sigma = 1.0)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        int blocks = (int)((values.LongLength + blockSize - 1) / blockSize);
        Parallel.For(0, blocks, ThreadLimit.Options, b =>
        {
            int start = b * blockSize;
            Fill(BlockSeed(seed, b), values.AsSpan(start, Math.Min(blockSize, values.Length - start)), sigma);
        });
    }
}
