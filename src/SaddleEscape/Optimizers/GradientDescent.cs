using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Plain (Riemannian) gradient descent x_{t+1} = R_{x_t}(−η·grad f(x_t)) (seed 002, "vanilla gradient
/// descent scheme"). From a random start it avoids strict saddles almost surely (Lee et al. 2016),
/// but started on a saddle's stable manifold it converges to the saddle, and on Du et al.'s
/// octopus it needs time exponential in d.
/// </summary>
public sealed class GradientDescent : GradientStepOptimizer
{
    /// <summary>GD with step size <paramref name="stepSize"/>.</summary>
    public GradientDescent(double stepSize)
        : base(ParameterGuard.Positive("gd", "step_size", stepSize), 1, preferStochastic: false, noise: null)
    {
    }

    /// <inheritdoc />
    public override string Name => "gd";

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"gradient descent, η = {StepSize:G6}");
}
