using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of noisy SGD with Gaussian noise, θ ← θ − η(∇g + ε + Z), Z ~ N(0, σ²I) (Ge et al. 2015 as in Bruna's lecture 10).</summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="NoiseStd">σ, per-coordinate standard deviation of Z.</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
/// <param name="NoiseDecaySteps">N_d: the noise is scaled by max(0, 1 − t/N_d); 0 keeps it constant. The default switches it off by step 5 000.</param>
public sealed record GaussianNoisyGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("noise_std", "σ, per-coordinate standard deviation of Z")] double NoiseStd = 1,
    [property: Setting("batch_size", SettingTexts.BatchSize)] int BatchSize = 1,
    [property: Setting("noise_decay_steps", SettingTexts.NoiseDecay)] long NoiseDecaySteps = SettingTexts.DefaultNoiseDecaySteps) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public GaussianNoisyGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("noisy-sgd-gaussian", "step_size", StepSize);
        ParameterGuard.NonNegative("noisy-sgd-gaussian", "noise_std", NoiseStd);
        ParameterGuard.AtLeast("noisy-sgd-gaussian", "batch_size", BatchSize, 1);
        ParameterGuard.AtLeast("noisy-sgd-gaussian", "noise_decay_steps", NoiseDecaySteps, 0);
        return this;
    }
}
