using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of adaptive cubic regularisation (ARC; Cartis, Gould &amp; Toint 2011, Alg. 2.1).</summary>
/// <param name="InitialSigma">σ₀, the first cubic weight (≈ ρ/2 for a Hessian-Lipschitz constant ρ).</param>
/// <param name="MinimumSigma">σ_min: σ never drops below it.</param>
/// <param name="SuccessRatio">η₁: a step is accepted when ρ = (f(x) − f(x + s))/(−m(s)) ≥ η₁.</param>
/// <param name="VeryGoodRatio">η₂ ≥ η₁: when ρ ≥ η₂, σ shrinks by <paramref name="SigmaFactor"/>.</param>
/// <param name="SigmaFactor">γ &gt; 1: σ ← γσ after a rejected step, σ ← max(σ_min, σ/γ) after a very good one.</param>
/// <param name="KrylovDimension">Largest Krylov basis (and Lanczos steps for the bottom eigenvector) per subproblem.</param>
public sealed record CubicRegularizationSettings(
    [property: Setting("sigma", "σ₀, the initial cubic weight")] double InitialSigma = 1,
    [property: Setting("sigma_min", "σ_min, the smallest σ")] double MinimumSigma = 1e-8,
    [property: Setting("eta1", "η₁: accept a step when actual/model decrease ≥ η₁")] double SuccessRatio = 0.1,
    [property: Setting("eta2", "η₂: shrink σ when actual/model decrease ≥ η₂")] double VeryGoodRatio = 0.9,
    [property: Setting("gamma", "γ: σ ← γσ on rejection, σ/γ on a very good step")] double SigmaFactor = 2,
    [property: Setting("krylov_dim", "largest Krylov basis (and Lanczos steps) per subproblem")] int KrylovDimension = 50) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public CubicRegularizationSettings Validate()
    {
        ParameterGuard.Positive("cubic", "sigma", InitialSigma);
        ParameterGuard.Positive("cubic", "sigma_min", MinimumSigma);
        ParameterGuard.InRange("cubic", "eta1", SuccessRatio, 1e-12, 1);
        ParameterGuard.InRange("cubic", "eta2", VeryGoodRatio, SuccessRatio, 1);
        ParameterGuard.InRange("cubic", "gamma", SigmaFactor, 1 + 1e-12, 1e6);
        ParameterGuard.AtLeast("cubic", "krylov_dim", KrylovDimension, 1);
        return this;
    }
}
