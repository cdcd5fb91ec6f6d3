namespace SaddleEscape.Minimization;

/// <summary>One recorded iteration: f(x_t), ‖grad f(x_t)‖ and the events of step t ("" if none, names joined by ';').</summary>
public readonly record struct TraceRow(long Iteration, double Value, double GradientNorm, string Event);
