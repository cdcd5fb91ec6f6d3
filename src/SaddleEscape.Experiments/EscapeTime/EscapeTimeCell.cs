namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>The runs of one method at one dimension: medians over seeds, a censored run counting as +∞.</summary>
/// <param name="Label">Method.</param>
/// <param name="Dimension">d.</param>
/// <param name="Iterations">Median iterations.</param>
/// <param name="IterationsLower">First quartile of the iterations.</param>
/// <param name="IterationsUpper">Third quartile.</param>
/// <param name="Gradients">Median gradient evaluations.</param>
/// <param name="HessianVectorProducts">Median HVPs.</param>
/// <param name="Cost">Median of gradients + HVPs + function values (each as one gradient).</param>
/// <param name="Censored">Runs that did not reach the target.</param>
/// <param name="StuckAtUnderflow">Censored runs stuck at an underflowed escape coordinate.</param>
/// <param name="Runs">Runs.</param>
/// <param name="FunctionValues">Median function values evaluated without a gradient.</param>
public sealed record EscapeTimeCell(
    string Label, int Dimension, double Iterations, double IterationsLower, double IterationsUpper, double Gradients, double HessianVectorProducts,
    double Cost, int Censored, int StuckAtUnderflow, int Runs, double FunctionValues);
