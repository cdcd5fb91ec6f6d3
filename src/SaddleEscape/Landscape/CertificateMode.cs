namespace SaddleEscape.Landscape;

/// <summary>How much work the second-order certificate may spend (<c>--certificate off|fast|full</c>).</summary>
public enum CertificateMode
{
    /// <summary>No certificate: only the gradient norm is known at the end point.</summary>
    Off,

    /// <summary>
    /// At most <see cref="CertificateOptions.FastSteps"/> Lanczos steps (exhausting domains of at most that dimension),
    /// stopping once both extreme Ritz residuals are ≤ 1e-8·max(1, |θ|): cheap, and just as conservative —
    /// an unconverged estimate classifies as degenerate, never as a local minimum.
    /// </summary>
    Fast,

    /// <summary>The given <see cref="LanczosOptions"/> (default: up to 300 steps, domains ≤ 400 exhausted, residual tolerance 1e-10).</summary>
    Full,
}
