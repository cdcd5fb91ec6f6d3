namespace SaddleEscape.Optimizers;

/// <summary>One event of a run.</summary>
/// <param name="Iteration">Iteration t during whose step it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="ValueChange">For escapes: f(x_t) − f(x̃); for negative-curvature steps: the change in f; otherwise NaN.</param>
public readonly record struct OptimizerEvent(long Iteration, EventKind Kind, double ValueChange);
