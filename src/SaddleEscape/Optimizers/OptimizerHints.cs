namespace SaddleEscape.Optimizers;

/// <summary>
/// What the problem knows that an optimiser may use for settings left "auto": a suggested step size (≈ 1/ℓ on the region
/// runs visit) and the Hessian's Lipschitz constant ρ. Given to the run by the caller (the one-call API fills it from the
/// problem); an optimiser falls back to its own estimate where a hint is missing.
/// </summary>
/// <param name="StepSize">A safe step size, or null.</param>
/// <param name="HessianLipschitz">ρ, or null.</param>
public sealed record OptimizerHints(double? StepSize = null, double? HessianLipschitz = null)
{
    /// <summary>No hints.</summary>
    public static OptimizerHints None { get; } = new();
}
