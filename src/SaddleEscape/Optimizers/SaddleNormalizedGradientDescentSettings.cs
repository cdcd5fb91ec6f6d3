namespace SaddleEscape.Optimizers;

/// <summary>The parameters of Saddle-NGD (Levy 2016).</summary>
/// <param name="StepSize">η, the fixed length of every step.</param>
/// <param name="NoiseScale">θ: the noise θ·n has E‖θn‖² = θ².</param>
/// <param name="NoisePeriod">N₀: iterations between noise injections.</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
public sealed record SaddleNormalizedGradientDescentSettings(double StepSize, double NoiseScale = 1, int NoisePeriod = 100, int BatchSize = 1) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public SaddleNormalizedGradientDescentSettings Validate()
    {
        ParameterGuard.Positive("saddle-ngd", "step_size", StepSize);
        ParameterGuard.NonNegative("saddle-ngd", "theta", NoiseScale);
        ParameterGuard.AtLeast("saddle-ngd", "n0", NoisePeriod, 1);
        ParameterGuard.AtLeast("saddle-ngd", "batch_size", BatchSize, 1);
        return this;
    }
}
