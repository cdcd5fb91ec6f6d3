namespace SaddleEscape.Objectives;

/// <summary>f(x), for an objective given as functions (<see cref="FunctionObjective"/>).</summary>
/// <param name="x">The point.</param>
public delegate double ValueFunction(ReadOnlySpan<double> x);
