using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of perturbed SGD / mini-batch PSGD (Jin et al. 2019; Farrell &amp; Quintero Peña 2019 Alg. 4–5).</summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="Radius">r: ξ ~ N(0, (r²/d)·I), so E‖ξ‖² = r².</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
/// <param name="NoiseDecaySteps">N_d: the noise is scaled by max(0, 1 − t/N_d); 0 keeps it constant (the paper's). The default switches it off by step 5 000.</param>
public sealed record PerturbedStochasticGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("r", "perturbation radius r (E‖ξ‖² = r²)")] double Radius = 0.01,
    [property: Setting("batch_size", SettingTexts.BatchSize)] int BatchSize = 1,
    [property: Setting("noise_decay_steps", SettingTexts.NoiseDecay)] long NoiseDecaySteps = SettingTexts.DefaultNoiseDecaySteps) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public PerturbedStochasticGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("psgd", "step_size", StepSize);
        ParameterGuard.NonNegative("psgd", "r", Radius);
        ParameterGuard.AtLeast("psgd", "batch_size", BatchSize, 1);
        ParameterGuard.AtLeast("psgd", "noise_decay_steps", NoiseDecaySteps, 0);
        return this;
    }
}
