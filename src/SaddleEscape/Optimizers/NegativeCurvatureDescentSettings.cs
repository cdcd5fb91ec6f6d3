using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The parameters of negative-curvature descent (Xu, Jin &amp; Yang 2018, NEON; Allen-Zhu &amp; Li 2018, NEON2; Carmon, Duchi,
/// Hinder &amp; Sidford 2018).
/// </summary>
/// <param name="StepSize">η (null: derived when the run starts, <see cref="StepSizeRule"/>): gradient steps x ← x − ηg while ‖g‖ &gt; ε; also the power-iteration step of the first-order oracle.</param>
/// <param name="Epsilon">ε: below this gradient norm, look for negative curvature.</param>
/// <param name="HessianLipschitz">ρ (null: the problem's, else 1): a direction counts when vᵀHv &lt; −√(ρε); the step along it has length |λ|/ρ.</param>
/// <param name="Oracle">Lanczos on HVPs, or the first-order (NEON2) power iteration on gradient differences.</param>
/// <param name="Iterations">Lanczos steps, or power iterations of the first-order oracle.</param>
/// <param name="DifferenceRadius">r: the first-order oracle's finite-difference radius.</param>
public sealed record NegativeCurvatureDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("epsilon", "ε: look for negative curvature when ‖g‖ ≤ ε")] double Epsilon = 1e-6,
    [property: Setting("rho", "ρ: Hessian Lipschitz (auto = the problem's, else 1)")] double? HessianLipschitz = null,
    [property: Setting("oracle", "lanczos (HVPs) or first-order (NEON2: power iteration on gradient differences)")] NegativeCurvatureOracle Oracle = NegativeCurvatureOracle.Lanczos,
    [property: Setting("iterations", "Lanczos steps or first-order power iterations")] int Iterations = 100,
    [property: Setting("r", "first-order oracle: finite-difference radius")] double DifferenceRadius = 1e-5) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public NegativeCurvatureDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("nc-descent", "step_size", StepSize);
        ParameterGuard.Positive("nc-descent", "epsilon", Epsilon);
        ParameterGuard.PositiveOrAuto("nc-descent", "rho", HessianLipschitz);
        ParameterGuard.AtLeast("nc-descent", "iterations", Iterations, 1);
        ParameterGuard.Positive("nc-descent", "r", DifferenceRadius);
        return this;
    }

    /// <summary>−√(ρε), the curvature a direction must beat (ρ = 1 while it is still auto).</summary>
    public double CurvatureThreshold => -Math.Sqrt((HessianLipschitz ?? 1) * Epsilon);
}
