namespace SaddleEscape.Objectives;

/// <summary>Writes ∇f(x) into <paramref name="gradient"/>, for an objective given as functions (<see cref="FunctionObjective"/>).</summary>
/// <param name="x">The point.</param>
/// <param name="gradient">Where ∇f(x) goes (same length as x).</param>
public delegate void GradientFunction(ReadOnlySpan<double> x, Span<double> gradient);
