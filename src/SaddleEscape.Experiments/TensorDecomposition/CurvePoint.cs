namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>A checkpoint of a run.</summary>
/// <param name="Iteration">Iterations (power method: power iterations) so far.</param>
/// <param name="Seconds">Wall time so far.</param>
/// <param name="Error">Recovery error there.</param>
public sealed record CurvePoint(long Iteration, double Seconds, double Error);
