namespace SaddleEscape.Optimizers;

/// <summary>
/// The parameters of negative-curvature descent (Xu, Jin &amp; Yang 2018, NEON; Allen-Zhu &amp; Li 2018, NEON2; Carmon, Duchi,
/// Hinder &amp; Sidford 2018).
/// </summary>
/// <param name="StepSize">η: gradient steps x ← x − ηg while ‖g‖ &gt; ε; also the power-iteration step of the first-order oracle.</param>
/// <param name="Epsilon">ε: below this gradient norm, look for negative curvature.</param>
/// <param name="HessianLipschitz">ρ: a direction counts when vᵀHv &lt; −√(ρε); the step along it has length |λ|/ρ.</param>
/// <param name="Oracle">Lanczos on HVPs, or the first-order (NEON2) power iteration on gradient differences.</param>
/// <param name="Iterations">Lanczos steps, or power iterations of the first-order oracle.</param>
/// <param name="DifferenceRadius">r: the first-order oracle's finite-difference radius.</param>
public sealed record NegativeCurvatureDescentSettings(
    double StepSize, double Epsilon = 1e-6, double HessianLipschitz = 1, NegativeCurvatureOracle Oracle = NegativeCurvatureOracle.Lanczos,
    int Iterations = 100, double DifferenceRadius = 1e-5) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public NegativeCurvatureDescentSettings Validate()
    {
        ParameterGuard.Positive("nc-descent", "step_size", StepSize);
        ParameterGuard.Positive("nc-descent", "epsilon", Epsilon);
        ParameterGuard.Positive("nc-descent", "rho", HessianLipschitz);
        ParameterGuard.AtLeast("nc-descent", "iterations", Iterations, 1);
        ParameterGuard.Positive("nc-descent", "r", DifferenceRadius);
        return this;
    }

    /// <summary>−√(ρε), the curvature a direction must beat.</summary>
    public double CurvatureThreshold => -Math.Sqrt(HessianLipschitz * Epsilon);
}
