namespace SaddleEscape.Benchmarking;

/// <summary>The start kinds of a SaddleBench instance, as they appear in records and in the CSV's <c>start</c> column.</summary>
public static class BenchStartKinds
{
    /// <summary>An exact strict saddle with g = 0 (the family's start with <c>IsExactSaddle</c>).</summary>
    public const string ExactSaddle = "exact-saddle";

    /// <summary>The family's random start, drawn from the instance number.</summary>
    public const string Random = "random";
}
