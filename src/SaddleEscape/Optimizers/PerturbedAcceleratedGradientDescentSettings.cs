using SaddleEscape.Settings;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The parameters of perturbed accelerated gradient descent (Jin, Netrapalli &amp; Jordan 2018,
/// Alg. 2 with negative-curvature exploitation, Alg. 3; Farrell &amp; Quintero Peña 2019 Alg. 2).
/// </summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="Theta">θ: the momentum weight is 1 − θ (y_t = x_t + (1 − θ)v_t).</param>
/// <param name="Gamma">γ (null: θ²/η): NCE fires when f(x_t) ≤ f(y_t) + ⟨∇f(y_t), x_t − y_t⟩ − (γ/2)‖x_t − y_t‖².</param>
/// <param name="S">s: the length of the negative-curvature step, and the momentum size above which NCE only resets.</param>
/// <param name="Radius">r: perturbations are uniform in B₀(r).</param>
/// <param name="GradientThreshold">ε: perturb when ‖∇f(x_t)‖ ≤ ε and no perturbation in the last 𝒯 steps.</param>
/// <param name="Interval">𝒯, in iterations.</param>
/// <param name="EscapeValueThreshold">f drop within 𝒯 steps that counts as an escape (reporting only; the theory's ℰ).</param>
/// <param name="NegativeCurvatureExploitation">Run NCE (true in the paper); false gives plain perturbed AGD.</param>
/// <param name="StopOnFailedEscape">Return x̃ (the point before the last perturbation) when f has not dropped by ℰ within 𝒯 steps of it — the termination PGD has (Jin et al. 2017) and Jin, Netrapalli &amp; Jordan 2018's analysis supports; false keeps perturbing.</param>
public sealed record PerturbedAcceleratedGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("theta", "θ, momentum weight 1 − θ")] double Theta = 0.1,
    [property: Setting("gamma", "NCE curvature threshold γ; auto = θ²/η")] double? Gamma = null,
    [property: Setting("s", "NCE step length s")] double S = 0.01,
    [property: Setting("r", "perturbation radius r")] double Radius = 0.01,
    [property: Setting("epsilon", "gradient threshold ε for perturbing")] double GradientThreshold = 1e-6,
    [property: Setting("interval", "𝒯, minimum iterations between perturbations")] long Interval = 100,
    [property: Setting("f_thres", "ℰ, the f drop within 𝒯 steps of a perturbation that counts as an escape")] double EscapeValueThreshold = 1e-7,
    [property: Setting("nce", "negative-curvature exploitation on/off")] bool NegativeCurvatureExploitation = true,
    [property: Setting("stop_on_failed_escape", "return x̃ when f has not dropped by ℰ within 𝒯 steps of a perturbation (as PGD does); false keeps going")] bool StopOnFailedEscape = true) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public PerturbedAcceleratedGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("pagd", "step_size", StepSize);
        ParameterGuard.InRange("pagd", "theta", Theta, 0, 1);
        if (Gamma is { } gamma)
        {
            ParameterGuard.NonNegative("pagd", "gamma", gamma);
        }

        ParameterGuard.Positive("pagd", "s", S);
        ParameterGuard.Positive("pagd", "r", Radius);
        ParameterGuard.Positive("pagd", "epsilon", GradientThreshold);
        ParameterGuard.NonNegative("pagd", "f_thres", EscapeValueThreshold);
        if (Interval < 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"pagd: parameter 'interval' must be an integer ≥ 1 (got {Interval})"), "interval");
        }

        return this;
    }

    /// <summary>
    /// Jin, Netrapalli &amp; Jordan 2018, Eq. (3): κ = ℓ/√(ρε), χ = max(1, ln(dℓΔf/(ρεδ))),
    /// η = 1/(4ℓ), θ = 1/(4√κ), γ = θ²/η, s = γ/(4ρ), r = ηε·χ⁻⁵·c⁻⁸, 𝒯 = √κ·χ·c, ℰ = √(ε³/ρ)·χ⁻⁵·c⁻⁷.
    /// </summary>
    public static PerturbedAcceleratedGradientDescentSettings FromTheory(
        int dimension, double gradientLipschitz, double hessianLipschitz, double epsilon, double c, double delta, double valueGap)
    {
        ParameterGuard.TheoryInputs("pagd", dimension, gradientLipschitz, hessianLipschitz, epsilon, c, delta, valueGap);

        double kappa = gradientLipschitz / Math.Sqrt(hessianLipschitz * epsilon);
        double chi = Math.Max(1, Math.Log(dimension * gradientLipschitz * valueGap / (hessianLipschitz * epsilon * delta)));
        double eta = 1 / (4 * gradientLipschitz);
        double theta = 1 / (4 * Math.Sqrt(kappa));
        double gamma = theta * theta / eta;
        double interval = Math.Ceiling(Math.Sqrt(kappa) * chi * c);
        return new PerturbedAcceleratedGradientDescentSettings(
            StepSize: eta,
            Theta: Math.Min(theta, 1),
            Gamma: gamma,
            S: gamma / (4 * hessianLipschitz),
            Radius: eta * epsilon * Math.Pow(chi, -5) * Math.Pow(c, -8),
            GradientThreshold: epsilon,
            Interval: (long)Math.Min(interval, long.MaxValue / 4),
            EscapeValueThreshold: Math.Sqrt(epsilon * epsilon * epsilon / hessianLipschitz) * Math.Pow(chi, -5) * Math.Pow(c, -7)).Validate();
    }
}
