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
/// <param name="Interval">𝒯, in iterations; null derives it when the run starts (<see cref="AutoInterval"/>).</param>
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
    [property: Setting("interval", "𝒯, iterations between perturbations (fewer once an escape has lowered f by ℰ); auto = ⌈χ/ln z⌉, z the growth per step of AGD's momentum iteration along curvature −√(ρ·ε), χ = max(1, ln(d/ln z))")] long? Interval = null,
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
        if (Interval is < 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"pagd: parameter 'interval' must be an integer ≥ 1 (got {Interval})"), "interval");
        }

        return this;
    }

    /// <summary>
    /// 𝒯 when it is left "auto": the number of steps in which AGD's momentum iteration multiplies a perturbation's share
    /// along a direction of curvature −γ, γ = √(ρ·ε), by e^χ, χ = max(1, ln(d/ln z)) — the accelerated counterpart of
    /// <see cref="PerturbedGradientDescentSettings.AutoEscapeWindow"/>. Along an eigenvector with Hessian eigenvalue −γ the
    /// AGD step x_{t+1} = (1 + ηγ)·((2 − θ)x_t − (1 − θ)x_{t−1}) grows like z^t, z the larger root of
    /// z² − (1 + a)(2 − θ)z + (1 + a)(1 − θ) = 0 with a = ηγ; z − 1 ≈ a/θ when a ≪ θ² and ≈ √a when a ≫ θ², so with the
    /// theory's θ = 1/(4√κ) and η = 1/(4ℓ) this is Θ(√κ·χ), Jin, Netrapalli &amp; Jordan 2018's 𝒯 = √κ·χ·c (Eq. 3).
    /// Why: a window fixed in iterations (the former 100) is too short when η is small (η ∝ 1/d on the quadratic saddle's
    /// default start): PAGD then returned x̃ at the exact saddle. Every saddle the default stopping rule at ε refuses has
    /// λ_min &lt; −γ.
    /// </summary>
    /// <param name="dimension">d, the length of a point.</param>
    /// <param name="stepSize">η of the run.</param>
    /// <param name="theta">θ (momentum weight 1 − θ).</param>
    /// <param name="hessianLipschitz">ρ (the problem's, else 1).</param>
    /// <param name="gradientThreshold">ε.</param>
    /// <returns>𝒯 ≥ 1, at most <see cref="long.MaxValue"/>/4.</returns>
    public static long AutoInterval(int dimension, double stepSize, double theta, double hessianLipschitz, double gradientThreshold)
    {
        // z − 1 = (a(2 − θ) − θ + √X)/2 with X = (1 + a)(θ² + a(2 − θ)²), the difference √X − θ written without cancellation.
        double a = stepSize * Math.Sqrt(hessianLipschitz * gradientThreshold);
        double twoMinusTheta = 2 - theta;
        double x = (1 + a) * ((theta * theta) + (a * twoMinusTheta * twoMinusTheta));
        double rootMinusTheta = ((a * theta * theta) + (a * (1 + a) * twoMinusTheta * twoMinusTheta)) / (Math.Sqrt(x) + theta);
        double rate = Math.Log(1 + (0.5 * ((a * twoMinusTheta) + rootMinusTheta)));
        return AutomaticEscapeWindow.FromGrowthRate(dimension, rate);
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
