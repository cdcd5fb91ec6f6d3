namespace SaddleEscape.Numerics;

/// <summary>
/// Every random stream of a run derived from its one seed in one place, by name: the start point, the problem
/// instance (tensor components, teacher networks), validation sets, the optimiser's noise, the stages of a schedule.
/// The same (seed, stream, indices) always gives the same number, and different streams of one seed are
/// decorrelated. The streams that published results were made with keep the derivation they had then (listed in
/// <see cref="Legacy"/>), so those results reproduce bit for bit; any other name is hashed (SplitMix64 over the seed,
/// the name's FNV-1a hash and the indices).
/// </summary>
public static class SeedStreams
{
    /// <summary>The named streams with a fixed historical derivation: name → (seed, indices) ↦ value.</summary>
    public static IReadOnlyDictionary<string, Func<long, long[], long>> Legacy { get; } = new Dictionary<string, Func<long, long[], long>>(StringComparer.Ordinal)
    {
        // The run's own stream (optimiser noise, mini-batches): the seed itself.
        ["run"] = (s, _) => s,
        // Start points of catalogue problems.
        ["start"] = (s, _) => (s * 7919) + 104729,
        // Problem instances: orthonormal tensor components, the cubic tensor on the sphere, teacher networks.
        ["tensor-components"] = (s, _) => (s * 31) + 7,
        ["sphere-tensor"] = (s, _) => (s * 31) + 11,
        ["designed-teacher"] = (s, _) => (s * 31) + 13,
        ["network-teacher"] = (s, _) => (s * 31) + 17,
        // The fixed validation sample of a network loss.
        ["validation-set"] = (s, _) => s + 1_000_003,
        // Stage k of a step-size schedule run as restarted SGD stages (index: k).
        ["sgd-stage"] = (s, i) => (s * 1000) + At(i, 0),
        // Torch training: initialisation of trial k, its mini-batch order, and PSGD's noise (indices: k, r in millionths).
        ["torch-init"] = (s, i) => (1000 * s) + At(i, 0),
        ["torch-shuffle"] = (s, i) => (31 * s) + At(i, 0),
        ["psgd-noise"] = (s, i) => (1_000_003 * s) + (7919 * At(i, 0)) + At(i, 1),
    };

    /// <summary>The 64-bit seed of stream <paramref name="stream"/> of <paramref name="seed"/> (indices select sub-streams).</summary>
    public static long Derive64(long seed, string stream, params long[] indices)
    {
        ArgumentNullException.ThrowIfNull(stream);
        indices ??= [];
        return unchecked(Legacy.TryGetValue(stream, out var legacy) ? legacy(seed, indices) : Hashed(seed, stream, indices));
    }

    /// <summary>The 32-bit seed (for <see cref="System.Random"/>) of stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static int Derive(int seed, string stream, params long[] indices) => unchecked((int)Derive64(seed, stream, indices));

    /// <summary>A <see cref="System.Random"/> on stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static Random Random(int seed, string stream, params long[] indices) => new(Derive(seed, stream, indices));

    private static long At(long[] indices, int i) => i < indices.Length ? indices[i] : 0;

    private static long Hashed(long seed, string stream, long[] indices)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in stream)
        {
            h = unchecked((h ^ c) * 1099511628211UL);
        }

        ulong state = unchecked(Mix((ulong)seed) ^ h);
        foreach (long i in indices)
        {
            state = Mix(unchecked(state + (ulong)i));
        }

        return unchecked((long)Mix(state));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
