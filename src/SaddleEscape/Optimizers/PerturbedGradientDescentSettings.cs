using SaddleEscape.Settings;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The parameters of perturbed gradient descent (Jin et al. 2017; Farrell &amp; Quintero Peña 2019 Alg. 1).
/// Build them from theory with <see cref="FromTheory"/> — provably correct, famously
/// conservative (tiny r and g_thres, huge t_thres) — or give practical values directly; the defaults are the practical ones.
/// </summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="Radius">r: perturbations are uniform in the ball B₀(r).</param>
/// <param name="GradientThreshold">g_thres: perturb when ‖∇f‖ ≤ g_thres and none in the last t_thres steps.</param>
/// <param name="ValueThreshold">f_thres: an escape must lower f by this much within t_thres steps.</param>
/// <param name="EscapeWindow">t_thres, in iterations; null derives it when the run starts (<see cref="AutoEscapeWindow"/>).</param>
/// <param name="StopOnFailedEscape">Return x̃ when an escape fails (the paper); false keeps iterating.</param>
public sealed record PerturbedGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("r", "perturbation radius r (uniform in the ball B₀(r))")] double Radius = 0.01,
    [property: Setting("g_thres", "perturb when ‖∇f‖ ≤ g_thres")] double GradientThreshold = 1e-6,
    [property: Setting("f_thres", "an escape must lower f by f_thres within t_thres steps")] double ValueThreshold = 1e-7,
    [property: Setting("t_thres", "escape window in iterations; auto = ⌈χ/(η·√(ρ·g_thres))⌉, χ = max(1, ln(d/(η·√(ρ·g_thres)))) (Jin et al. 2017's t_thres with c = 1)")] long? EscapeWindow = null,
    [property: Setting("stop_on_failed_escape", SettingTexts.StopOnFailedEscape)] bool StopOnFailedEscape = true) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public PerturbedGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("pgd", "step_size", StepSize);
        ParameterGuard.Positive("pgd", "r", Radius);
        ParameterGuard.Positive("pgd", "g_thres", GradientThreshold);
        ParameterGuard.NonNegative("pgd", "f_thres", ValueThreshold);
        if (EscapeWindow is < 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"pgd: parameter 't_thres' must be an integer ≥ 1 (got {EscapeWindow})"), "t_thres");
        }

        return this;
    }

    /// <summary>
    /// t_thres when it is left "auto": Jin et al. 2017's t_thres = (χ/c²)·ℓ/√(ρε) (Farrell &amp; Quintero Peña 2019 Alg. 1)
    /// written with the run's step η = c/ℓ and c = 1, i.e. ⌈χ/(η·γ)⌉ with γ = √(ρ·g_thres) — g_thres plays ε, the
    /// gradient scale at which PGD perturbs — and χ = max(1, ln(d/(η·γ))), which grows with ln d as the paper's does.
    /// Why: along a direction of curvature −γ a gradient step multiplies the coordinate by 1 + ηγ, so the perturbation's
    /// share along it (≈ r/√d of r) needs ≈ ln(√d·…)/(ηγ) steps to grow: a window fixed in iterations is too short when η is
    /// small (η = 1/ℓ with a large ℓ) or d large. Every saddle the default stopping rule at ε = g_thres refuses has
    /// λ_min &lt; −√(ρ·g_thres) = −γ.
    /// </summary>
    /// <param name="dimension">d, the length of a point.</param>
    /// <param name="stepSize">η of the run.</param>
    /// <param name="hessianLipschitz">ρ (the problem's, else 1).</param>
    /// <param name="gradientThreshold">g_thres.</param>
    /// <returns>t_thres ≥ 1, at most <see cref="long.MaxValue"/>/4.</returns>
    public static long AutoEscapeWindow(int dimension, double stepSize, double hessianLipschitz, double gradientThreshold)
    {
        double rate = stepSize * Math.Sqrt(hessianLipschitz * gradientThreshold);
        return AutomaticEscapeWindow.FromGrowthRate(dimension, rate);
    }

    /// <summary>
    /// Jin et al. 2017's choice (Farrell &amp; Quintero Peña 2019 Alg. 1, first lines): χ = 3·max(ln(d·ℓ·Δf/(c·ε²·δ)), 4),
    /// η = c/ℓ, r = (√c/χ²)·ε/ℓ, g_thres = (√c/χ²)·ε, f_thres = (c/χ³)·√(ε³/ρ),
    /// t_thres = (χ/c²)·ℓ/√(ρε) (rounded up).
    /// </summary>
    /// <param name="dimension">d.</param>
    /// <param name="gradientLipschitz">ℓ, the gradient's Lipschitz constant.</param>
    /// <param name="hessianLipschitz">ρ, the Hessian's Lipschitz constant.</param>
    /// <param name="epsilon">ε of the ε-second-order stationary point sought.</param>
    /// <param name="c">The absolute constant c ≤ c_max.</param>
    /// <param name="delta">Failure probability δ.</param>
    /// <param name="valueGap">Δf ≥ f(x₀) − f*.</param>
    public static PerturbedGradientDescentSettings FromTheory(
        int dimension, double gradientLipschitz, double hessianLipschitz, double epsilon, double c, double delta, double valueGap)
    {
        ParameterGuard.TheoryInputs("pgd", dimension, gradientLipschitz, hessianLipschitz, epsilon, c, delta, valueGap);

        double chi = 3 * Math.Max(Math.Log(dimension * gradientLipschitz * valueGap / (c * epsilon * epsilon * delta)), 4);
        double sqrtC = Math.Sqrt(c);
        double tThres = Math.Ceiling(chi / (c * c) * gradientLipschitz / Math.Sqrt(hessianLipschitz * epsilon));
        if (tThres > long.MaxValue / 4)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"pgd: the theory's t_thres = {tThres:E3} is too large to run"), "t_thres");
        }

        return new PerturbedGradientDescentSettings(
            StepSize: c / gradientLipschitz,
            Radius: sqrtC / (chi * chi) * epsilon / gradientLipschitz,
            GradientThreshold: sqrtC / (chi * chi) * epsilon,
            ValueThreshold: c / (chi * chi * chi) * Math.Sqrt(epsilon * epsilon * epsilon / hessianLipschitz),
            EscapeWindow: (long)tThres).Validate();
    }
}
