namespace SaddleEscape.Experiments.Protocol;

/// <summary>The sizes the harness accepts, stated to the child in the <c>problem</c> message (docs/protocol.md, "Limits").</summary>
internal static class ProtocolLimits
{
    /// <summary>The version of the protocol this harness speaks.</summary>
    public const int Version = 1;

    /// <summary>The largest <c>batch</c> of a <c>sample_grad</c> request.</summary>
    public const int MaxSampleBatch = 1 << 20;

    /// <summary>Bytes allowed per number in a line (the longest double, "-1.7976931348623157E+308", is 24, plus separators and spaces).</summary>
    private const long BytesPerNumber = 40;

    /// <summary>Requests in one <c>batch</c>: 64, fewer at large d so that a batch holds at most about 2²⁰ numbers per vector field.</summary>
    public static int MaxBatch(int dimension) => (int)Math.Clamp((1 << 20) / Math.Max(dimension, 1), 1, 64);

    /// <summary>The longest line: 64 KiB plus two vectors of d numbers per request of a full batch.</summary>
    public static int MaxLineBytes(int dimension) =>
        (int)Math.Min(int.MaxValue - 64, (64 * 1024) + (2 * BytesPerNumber * dimension * MaxBatch(dimension)));
}
