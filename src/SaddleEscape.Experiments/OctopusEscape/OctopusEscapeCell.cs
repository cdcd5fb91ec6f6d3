namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>The runs of one method at one dimension, summarised.</summary>
/// <param name="Optimizer">Method.</param>
/// <param name="Dimension">d.</param>
/// <param name="MedianIterations">Median iterations to the target, censored runs counted as +∞.</param>
/// <param name="LowerQuartile">First quartile of the same (censored as +∞).</param>
/// <param name="UpperQuartile">Third quartile.</param>
/// <param name="MedianGradientEvaluations">Median gradient evaluations of the runs that reached the target (NaN if none).</param>
/// <param name="Censored">Runs that did not reach the target within the cap.</param>
/// <param name="StuckAtUnderflow">Censored runs stuck at an underflowed escape coordinate.</param>
/// <param name="Runs">Runs.</param>
public sealed record OctopusEscapeCell(
    string Optimizer, int Dimension, double MedianIterations, double LowerQuartile, double UpperQuartile,
    double MedianGradientEvaluations, int Censored, int StuckAtUnderflow, int Runs);
