namespace SaddleEscape.Minimization;

/// <summary>Why a run of <see cref="Minimizer"/> stopped (the kind; <see cref="StopReason"/> adds when and why).</summary>
public enum StopCode
{
    /// <summary>The iteration cap was reached ("max-iterations").</summary>
    MaxIterations,

    /// <summary>The gradient-evaluation budget was used ("gradient-budget").</summary>
    GradientBudget,

    /// <summary>f(x_t) reached the target value ("target-value").</summary>
    TargetValue,

    /// <summary>‖grad f(x_t)‖ fell below the tolerance ("gradient-tolerance").</summary>
    GradientTolerance,

    /// <summary>‖grad f‖ and λ_min passed a second-order test ("second-order-stationary").</summary>
    SecondOrderStationary,

    /// <summary>The wall-time limit passed ("wall-time").</summary>
    WallTime,

    /// <summary>The caller cancelled the run ("cancelled").</summary>
    Cancelled,

    /// <summary>The iterate or f became NaN or infinite ("diverged").</summary>
    Diverged,

    /// <summary>The iterate left the objective's domain ("left-domain").</summary>
    LeftDomain,

    /// <summary>The optimiser ended the run by its own rule; <see cref="StopReason.Name"/> is its label (e.g. "pgd-returned-x-tilde").</summary>
    OptimizerFinished,

    /// <summary>Several rules joined by <c>&amp;</c> fired together ("all-of"); the detail names them, joined by " &amp; ".</summary>
    AllOf,
}
