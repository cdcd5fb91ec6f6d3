namespace SaddleEscape.Optimizers;

/// <summary>A resolved step size and where it came from (<see cref="StepSizeRule"/>).</summary>
/// <param name="StepSize">η.</param>
/// <param name="Source">One phrase: "given", "the problem's suggested step", or the estimate with its numbers.</param>
public sealed record StepSizeResolution(double StepSize, string Source);
