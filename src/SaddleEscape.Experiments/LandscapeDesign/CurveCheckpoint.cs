namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>A checkpoint of a simulated run.</summary>
/// <param name="Iteration">SGD steps so far.</param>
/// <param name="Risk">Validation risk (f, f′) or population G.</param>
/// <param name="Error">e(Q) of Eq. 4.1.</param>
public sealed record CurveCheckpoint(long Iteration, double Risk, double Error);
