namespace SaddleEscape.Objectives;

/// <summary>Writes ∇²f(x)·v into <paramref name="result"/>, for an objective given as functions (<see cref="FunctionObjective"/>).</summary>
/// <param name="x">The point.</param>
/// <param name="v">The direction.</param>
/// <param name="result">Where ∇²f(x)·v goes.</param>
public delegate void HessianVectorFunction(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result);
