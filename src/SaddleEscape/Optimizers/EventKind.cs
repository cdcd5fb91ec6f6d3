namespace SaddleEscape.Optimizers;

/// <summary>What happened during an iteration, besides the step itself.</summary>
public enum EventKind
{
    /// <summary>A random perturbation was added to the iterate (PGD/PAGD: x ← x + ξ, ξ ~ U(B₀(r))).</summary>
    Perturbation,

    /// <summary>t_thres iterations after a perturbation f had dropped by at least f_thres.</summary>
    Escape,

    /// <summary>t_thres iterations after a perturbation f had not dropped by f_thres.</summary>
    EscapeFailed,

    /// <summary>PAGD's negative-curvature exploitation moved ±s along the momentum (Jin et al. 2018, Alg. 3).</summary>
    NegativeCurvatureStep,

    /// <summary>PAGD's negative-curvature exploitation kept x and zeroed the momentum (‖v‖ ≥ s).</summary>
    MomentumReset,

    /// <summary>The optimiser restarted from a new point.</summary>
    Restart,
}
