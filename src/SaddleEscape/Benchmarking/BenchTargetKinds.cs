namespace SaddleEscape.Benchmarking;

/// <summary>The kinds of <see cref="BenchTarget"/>, as they appear in records and in the CSV's <c>target_kind</c> column.</summary>
public static class BenchTargetKinds
{
    /// <summary>An (ε, √(ρε)) second-order stationary point.</summary>
    public const string SecondOrder = "sosp";

    /// <summary>f − f* ≤ Δ.</summary>
    public const string Value = "value";
}
