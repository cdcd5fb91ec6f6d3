namespace SaddleEscape.Landscape;

/// <summary>The names of <see cref="Classification"/> values in summaries: local-min, strict-saddle, degenerate, not-stationary.</summary>
public static class ClassificationNames
{
    /// <summary>Kebab-case name used by <c>summary.json</c>.</summary>
    public static string Name(this Classification classification) => classification switch
    {
        Classification.LocalMinimum => "local-min",
        Classification.StrictSaddle => "strict-saddle",
        Classification.Degenerate => "degenerate",
        Classification.NotStationary => "not-stationary",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, null),
    };
}
