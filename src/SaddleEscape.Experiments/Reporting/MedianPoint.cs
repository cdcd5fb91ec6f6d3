namespace SaddleEscape.Experiments.Reporting;

/// <summary>One point of a median curve: x, the median and its quartiles (+∞ where censored runs decide them).</summary>
/// <param name="X">Abscissa (e.g. the dimension).</param>
/// <param name="Median">Median; +∞ when censored.</param>
/// <param name="Lower">First quartile.</param>
/// <param name="Upper">Third quartile (+∞ when censored).</param>
public sealed record MedianPoint(double X, double Median, double Lower, double Upper);
