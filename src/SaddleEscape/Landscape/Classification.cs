namespace SaddleEscape.Landscape;

/// <summary>Where a run ended, judged by the second-order certificate.</summary>
public enum Classification
{
    /// <summary>‖grad f‖ ≤ tolerance and λ_min &gt; tolerance: a strict (non-degenerate) local minimum.</summary>
    LocalMinimum,

    /// <summary>‖grad f‖ ≤ tolerance and λ_min &lt; −tolerance: a strict saddle (or maximum).</summary>
    StrictSaddle,

    /// <summary>‖grad f‖ ≤ tolerance and |λ_min| ≤ tolerance: second-order information cannot decide.</summary>
    Degenerate,

    /// <summary>‖grad f‖ &gt; tolerance: not a stationary point at the stated tolerance.</summary>
    NotStationary,
}
