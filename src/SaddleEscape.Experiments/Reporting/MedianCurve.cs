namespace SaddleEscape.Experiments.Reporting;

/// <summary>One method's medians against x, with the cap its censored runs hit.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Points">The points, in x order.</param>
/// <param name="Cap">The censoring cap of this curve (a censored median is drawn there as an open triangle).</param>
public sealed record MedianCurve(string Label, IReadOnlyList<MedianPoint> Points, double Cap);
