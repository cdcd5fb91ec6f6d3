namespace SaddleEscape.Benchmarking;

/// <summary>Whether a run reached <paramref name="Target"/>, and the harness's counts at the first call after which it had.</summary>
/// <param name="Target">The target.</param>
/// <param name="At">The counts when first reached; null when never reached.</param>
public sealed record BenchTargetHit(BenchTarget Target, BenchCounts? At)
{
    /// <summary>True when the target was reached.</summary>
    public bool Reached => At is not null;
}
