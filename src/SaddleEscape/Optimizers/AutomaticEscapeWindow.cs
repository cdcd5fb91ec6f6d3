namespace SaddleEscape.Optimizers;

/// <summary>
/// The automatic escape windows of PGD (t_thres) and PAGD (𝒯): ⌈χ/rate⌉ steps with χ = max(1, ln(d/rate)), where
/// rate is the log-growth per step of a perturbation's share along a direction of curvature −√(ρε) — the time for that
/// share (≈ r/√d of r) to grow by e^χ (Jin et al. 2017's t_thres; Jin, Netrapalli &amp; Jordan 2018's 𝒯).
/// </summary>
internal static class AutomaticEscapeWindow
{
    /// <summary>⌈χ/rate⌉ with χ = max(1, ln(d/rate)); at least 1, at most <see cref="long.MaxValue"/>/4.</summary>
    /// <param name="dimension">d, the length of a point.</param>
    /// <param name="rate">Log-growth per step along curvature −√(ρε) (&gt; 0).</param>
    public static long FromGrowthRate(int dimension, double rate)
    {
        double chi = Math.Max(1, Math.Log(Math.Max(dimension, 1) / rate));
        double window = Math.Ceiling(chi / rate);
        return window >= long.MaxValue / 4 || !double.IsFinite(window) ? long.MaxValue / 4 : Math.Max(1, (long)window);
    }
}
