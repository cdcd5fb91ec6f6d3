using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of Saddle-NGD (Levy 2016; Farrell &amp; Quintero Peña 2019 §1.1).</summary>
/// <param name="StepSize">η, the length of every step; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="NoiseScale">θ: the noise θ·n with E‖θn‖² = θ².</param>
/// <param name="NoisePeriod">N₀: noise is added every N₀ iterations.</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
/// <param name="ShrinkOnIncrease">
/// Halve η whenever a step without noise raises f (the default, so that the fixed-length steps converge and a run ends at a
/// point the certificate can judge); false keeps Levy's constant η, whose iterates hover within O(η) of a minimum.
/// </param>
public sealed record SaddleNormalizedGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("theta", "θ, noise scale (E‖θn‖² = θ²)")] double NoiseScale = 1,
    [property: Setting("n0", "N₀, iterations between noise injections")] int NoisePeriod = 100,
    [property: Setting("batch_size", SettingTexts.BatchSize)] int BatchSize = 1,
    [property: Setting("shrink_on_increase", "halve η when a step without noise raises f (converges); false = Levy's constant η (hovers within O(η))")] bool ShrinkOnIncrease = true) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public SaddleNormalizedGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("saddle-ngd", "step_size", StepSize);
        ParameterGuard.NonNegative("saddle-ngd", "theta", NoiseScale);
        ParameterGuard.AtLeast("saddle-ngd", "n0", NoisePeriod, 1);
        ParameterGuard.AtLeast("saddle-ngd", "batch_size", BatchSize, 1);
        return this;
    }
}
