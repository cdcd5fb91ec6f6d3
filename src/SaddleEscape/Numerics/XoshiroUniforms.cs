using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SaddleEscape.Numerics;

/// <summary>
/// <see cref="NormalGenerator"/>'s uniforms: four xoshiro256+ streams (Blackman &amp; Vigna 2021) in the lanes of four
/// <see cref="Vector256{T}"/> state words, advanced together (the same bits with or without AVX2), seeded by SplitMix64
/// from one 64-bit seed as xoshiro's authors recommend.
/// </summary>
internal struct XoshiroUniforms
{
    private Vector256<ulong> _s0, _s1, _s2, _s3;

    public XoshiroUniforms(ulong seed)
    {
        // SplitMix64 from the seed fills the 16 state words.
        Span<ulong> words = stackalloc ulong[16];
        ulong x = seed;
        for (int i = 0; i < 16; i++)
        {
            x = unchecked(x + 0x9E3779B97F4A7C15UL);
            words[i] = Mix(x);
        }

        _s0 = Vector256.Create(words[0], words[1], words[2], words[3]);
        _s1 = Vector256.Create(words[4], words[5], words[6], words[7]);
        _s2 = Vector256.Create(words[8], words[9], words[10], words[11]);
        _s3 = Vector256.Create(words[12], words[13], words[14], words[15]);
    }

    /// <summary>SplitMix64's finaliser (Steele, Lea &amp; Flood 2014).</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniforms with 52 random bits: in [0, 1), or in (0, 1] when <paramref name="openAtZero"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NextUniforms(Span<double> destination, bool openAtZero)
    {
        // [1, 2) from the top 52 bits; 2 − that is in (0, 1], that − 1 in [0, 1): u = sign·(unit − offset).
        var one = Vector256.Create(0x3FF0000000000000UL);
        var offset = Vector256.Create(openAtZero ? 2.0 : 1.0);
        var sign = Vector256.Create(openAtZero ? -1.0 : 1.0);
        ref double target = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination);
        int i = 0;
        for (; i + 4 <= destination.Length; i += 4)
        {
            var unit = ((Next() >> 12) | one).AsDouble();
            ((unit - offset) * sign).StoreUnsafe(ref target, (nuint)i);
        }

        if (i < destination.Length)
        {
            var u = (((Next() >> 12) | one).AsDouble() - offset) * sign;
            for (int lane = 0; i < destination.Length; i++, lane++)
            {
                destination[i] = u.GetElement(lane);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private Vector256<ulong> Next()
    {
        var result = _s0 + _s3;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = (_s3 << 45) | (_s3 >> 19);
        return result;
    }
}
