using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of noisy SGD with noise uniform on a sphere (Ge, Huang, Jin &amp; Yuan 2015, Alg. 1).</summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="NoiseRadius">Radius of the sphere the noise n is uniform on (1 in the paper).</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
/// <param name="NoiseDecaySteps">N_d: the noise is scaled by max(0, 1 − t/N_d); 0 keeps it constant (the paper's). The default switches it off by step 5 000, so that a run with default settings ends at a point the certificate can judge.</param>
/// <param name="NoiseSpace">On manifolds, draw the noise in the ambient space and project the point (Ge et al. 2015, the default) or in the tangent space.</param>
public sealed record NoisyStochasticGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("noise_radius", "radius of the sphere the noise n is uniform on (1 in the paper)")] double NoiseRadius = 1,
    [property: Setting("batch_size", SettingTexts.BatchSize)] int BatchSize = 1,
    [property: Setting("noise_decay_steps", SettingTexts.NoiseDecay)] long NoiseDecaySteps = SettingTexts.DefaultNoiseDecaySteps,
    [property: Setting("noise_space", "on manifolds: ambient (noise in R^n, then the point is projected: the paper's) or tangent (noise in the tangent space)")] NoiseSpace NoiseSpace = NoiseSpace.Ambient) : IOptimizerSettings
{
    /// <summary>True when the noise is drawn in the ambient space.</summary>
    public bool AmbientNoise => NoiseSpace == NoiseSpace.Ambient;

    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public NoisyStochasticGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("noisy-sgd", "step_size", StepSize);
        ParameterGuard.NonNegative("noisy-sgd", "noise_radius", NoiseRadius);
        ParameterGuard.AtLeast("noisy-sgd", "batch_size", BatchSize, 1);
        ParameterGuard.AtLeast("noisy-sgd", "noise_decay_steps", NoiseDecaySteps, 0);
        return this;
    }
}
