namespace SaddleEscape.Landscape;

/// <summary>The names of <see cref="Optimality"/> values in summaries: unknown, not-applicable, global, spurious.</summary>
public static class OptimalityNames
{
    /// <summary>Kebab-case name.</summary>
    public static string Name(this Optimality optimality) => optimality switch
    {
        Optimality.Unknown => "unknown",
        Optimality.NotApplicable => "not-applicable",
        Optimality.Global => "global",
        Optimality.Spurious => "spurious",
        _ => throw new ArgumentOutOfRangeException(nameof(optimality), optimality, null),
    };
}
