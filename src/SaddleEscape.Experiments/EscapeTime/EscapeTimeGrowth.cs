namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>How one method's median iterations grow with d, from the dimensions where the median is finite.</summary>
/// <param name="Label">Method.</param>
/// <param name="FirstDimension">Smallest d fitted.</param>
/// <param name="LastDimension">Largest d fitted.</param>
/// <param name="PerDimensionFactor">exp of the least-squares slope of ln(median) on d: the factor per extra dimension.</param>
/// <param name="UpperRatio">Geometric mean of the ratios of consecutive medians over the upper half of the fitted dimensions.</param>
/// <param name="Degree">Least-squares slope of ln(median) on ln d: the degree of a polynomial fit.</param>
/// <param name="Exponential">True when <see cref="UpperRatio"/> ≥ <see cref="EscapeTimeAnalysis.ExponentialRatio"/> (a polynomial's ratio tends to 1).</param>
/// <param name="CensoredFrom">The smallest d whose median is censored (null if none).</param>
public sealed record EscapeTimeGrowth(string Label, int FirstDimension, int LastDimension, double PerDimensionFactor, double UpperRatio, double Degree, bool Exponential, int? CensoredFrom);
