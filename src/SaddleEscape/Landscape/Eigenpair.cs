namespace SaddleEscape.Landscape;

/// <summary>An eigenvalue estimate with its unit vector and Lanczos residual ‖Av − λv‖ (an eigenvalue lies within it).</summary>
/// <param name="Value">λ.</param>
/// <param name="Vector">Unit vector (in the operator's domain).</param>
/// <param name="Residual">‖Av − λv‖.</param>
public sealed record Eigenpair(double Value, double[] Vector, double Residual);
