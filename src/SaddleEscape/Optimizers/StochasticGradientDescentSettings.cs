namespace SaddleEscape.Optimizers;

/// <summary>The parameters of (mini-batch) SGD (<see cref="StochasticGradientDescent"/>).</summary>
/// <param name="StepSize">η.</param>
/// <param name="BatchSize">Sample gradients averaged per step (problems with a stochastic oracle).</param>
public sealed record StochasticGradientDescentSettings(double StepSize, int BatchSize = 1) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public StochasticGradientDescentSettings Validate()
    {
        ParameterGuard.Positive("sgd", "step_size", StepSize);
        ParameterGuard.AtLeast("sgd", "batch_size", BatchSize, 1);
        return this;
    }
}
