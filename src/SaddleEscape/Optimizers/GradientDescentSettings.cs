using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of gradient descent (<see cref="GradientDescent"/>).</summary>
/// <param name="StepSize">η; null derives it when the run starts (<see cref="StepSizeRule"/>).</param>
public sealed record GradientDescentSettings([property: Setting("step_size", SettingTexts.StepSize)] double? StepSize = null) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public GradientDescentSettings Validate()
    {
        ParameterGuard.PositiveOrAuto("gd", "step_size", StepSize);
        return this;
    }
}
