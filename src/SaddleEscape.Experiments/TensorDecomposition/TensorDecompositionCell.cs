namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>The runs of one method on one (d, noise) setting, summarised.</summary>
/// <param name="Method">Method label.</param>
/// <param name="Dimension">d.</param>
/// <param name="Noisy">Noisy T.</param>
/// <param name="Runs">Runs.</param>
/// <param name="Recovered">Runs with error ≤ the recovery threshold.</param>
/// <param name="Certified">Runs certified local-min (optimisers only).</param>
/// <param name="MedianError">Median final error.</param>
/// <param name="ErrorQ1">First quartile of the error.</param>
/// <param name="ErrorQ3">Third quartile of the error.</param>
/// <param name="MedianIterations">Median iterations (power method: power iterations).</param>
/// <param name="MedianGradientEvaluations">Median gradient evaluations.</param>
/// <param name="MedianSeconds">Median wall time.</param>
public sealed record TensorDecompositionCell(
    string Method, int Dimension, bool Noisy, int Runs, int Recovered, int Certified, double MedianError, double ErrorQ1, double ErrorQ3,
    double MedianIterations, double MedianGradientEvaluations, double MedianSeconds);
