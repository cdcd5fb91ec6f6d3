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
public sealed record EscapeTimeRun(
    string Label, int Dimension, int Seed, long? Iterations, long GradientEvaluations, long HessianVectorProducts, string StopReason, double FinalGap,
    bool StuckAtUnderflow, double SmallestLog2Magnitude)
{
    /// <summary>Gradients plus HVPs (one HVP counted as one gradient, as for a Pearlmutter/autodiff HVP of the same order of cost).</summary>
    public long Cost => GradientEvaluations + HessianVectorProducts;
}
