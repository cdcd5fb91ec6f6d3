namespace SaddleEscape.Problems;

/// <summary>Smoothness constants of a problem on the region its runs visit (used to build theory parameters).</summary>
/// <param name="GradientLipschitz">ℓ: ‖∇f(x) − ∇f(y)‖ ≤ ℓ‖x − y‖.</param>
/// <param name="HessianLipschitz">ρ: ‖∇²f(x) − ∇²f(y)‖ ≤ ρ‖x − y‖.</param>
public sealed record Smoothness(double GradientLipschitz, double HessianLipschitz);
