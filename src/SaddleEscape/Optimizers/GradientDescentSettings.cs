namespace SaddleEscape.Optimizers;

/// <summary>The parameters of gradient descent (<see cref="GradientDescent"/>).</summary>
/// <param name="StepSize">η.</param>
public sealed record GradientDescentSettings(double StepSize) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public GradientDescentSettings Validate()
    {
        ParameterGuard.Positive("gd", "step_size", StepSize);
        return this;
    }
}
