using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of (mini-batch) SGD (Ghadimi &amp; Lan 2013; Farrell &amp; Quintero Peña 2019 Alg. 3).</summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
public sealed record StochasticGradientDescentSettings(
    [property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null,
    [property: Setting("batch_size", SettingTexts.BatchSize)] int BatchSize = 1) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public StochasticGradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("sgd", "step_size", StepSize);
        ParameterGuard.AtLeast("sgd", "batch_size", BatchSize, 1);
        return this;
    }
}
