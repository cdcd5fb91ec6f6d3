namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>One run of the escape-time experiment.</summary>
/// <param name="Label">Method label.</param>
/// <param name="Dimension">d.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Iterations">Iterations to the first f − f* ≤ tolerance; null when censored.</param>
/// <param name="GradientEvaluations">Gradient evaluations charged to the method up to that point (or to the cap).</param>
/// <param name="HessianVectorProducts">Hessian-vector products charged to the method (the same span).</param>
/// <param name="StopReason">target-value, max-iterations, left-domain, …</param>
/// <param name="FinalGap">f − f* at the end.</param>
/// <param name="StuckAtUnderflow">A censored double-precision run at a saddle whose escape coordinate is subnormal or 0.</param>
/// <param name="SmallestLog2Magnitude">Extended-exponent GD: log₂ of the smallest nonzero |coordinate| it held (NaN for the other methods).</param>
/// <param name="FunctionValues">Function values evaluated without a gradient (line searches, backtracking, ratio tests), the same span; 0 in records written before they were counted.</param>
public sealed record EscapeTimeRecord(
    string Label, int Dimension, int Seed, long? Iterations, long GradientEvaluations, long HessianVectorProducts, string StopReason, double FinalGap,
    bool StuckAtUnderflow, double SmallestLog2Magnitude, long FunctionValues = 0)
{
    /// <summary>
    /// Gradients plus HVPs plus function values, each weighted as one gradient (<see cref="EscapeTimeAnalysis.CostWeighting"/>):
    /// an HVP by automatic differentiation costs about one to two gradients, a value alone a third to a half of one, so
    /// counting a value as a gradient is an upper bound for the methods that backtrack.
    /// </summary>
    public long Cost => GradientEvaluations + HessianVectorProducts + FunctionValues;
}
