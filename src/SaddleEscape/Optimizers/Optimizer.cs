namespace SaddleEscape.Optimizers;

/// <summary>
/// A saddle-escaping (or plain) first-order method as a stepper with explicit state, driven by
/// <see cref="Minimization.Minimizer"/>. Algorithms differ only in <see cref="Step"/>; stopping, tracing,
/// progress and certification belong to the minimiser.
/// </summary>
public abstract class Optimizer
{
    /// <summary>Catalogue name (e.g. "pgd").</summary>
    public abstract string Name { get; }

    /// <summary>
    /// True when the step uses f(x_t) and the full gradient at x_t, which the minimiser then
    /// evaluates (and charges to the run) before every step. Stochastic methods return false and
    /// the minimiser evaluates them only to monitor, without charging the run.
    /// </summary>
    public virtual bool NeedsGradientAtIterate => true;

    /// <summary>
    /// True for methods that act on curvature or perturb only when the gradient is small (PGD, PAGD, cubic, saddle-free
    /// Newton, negative-curvature descent): a bare gradient tolerance would stop them at the very saddles they are built to
    /// escape. The noise-driven methods (noisy SGD, PSGD, Saddle-NGD) escape with noise at every step and are not among
    /// them; <see cref="EscapesSaddles"/> covers both kinds.
    /// </summary>
    public virtual bool PerturbsAtSmallGradients => false;

    /// <summary>
    /// True for the methods built to escape strict saddles (perturbed, noisy, normalised-noisy, cubic, saddle-free Newton,
    /// negative-curvature descent). With no stopping rule given, the minimiser stops them only at an (ε, √(ρε))
    /// second-order stationary point, never on ‖g‖ alone, so that a run started at a saddle (g = 0) does not end before
    /// its first step; other methods (GD, SGD) keep the gradient rule.
    /// </summary>
    public virtual bool EscapesSaddles => false;

    /// <summary>How the step size was chosen in the last <see cref="Initialize"/> ("given", the problem's, or the estimate); null for methods without one.</summary>
    public StepSizeResolution? StepSizeUsed { get; protected set; }

    /// <summary>Allocates work buffers and resets the algorithm's state for a run from <see cref="OptimizationState.X"/>.</summary>
    public abstract void Initialize(OptimizationState state);

    /// <summary>One iteration: overwrites <see cref="OptimizationState.X"/> (x_t) with x_{t+1}. Must not allocate.</summary>
    public abstract void Step(OptimizationState state);

    /// <summary>The parameters as built (defaults, recommendations and theory formulas applied): what summaries report.</summary>
    public abstract IOptimizerSettings Settings { get; }

    /// <summary>One line describing the algorithm's parameters as used (for reports and summaries).</summary>
    public abstract string Describe();
}
