using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Plain (Riemannian) gradient descent x_{t+1} = R_{x_t}(−η·grad f(x_t)) (Bruna 2018, lecture 10, "vanilla gradient
/// descent scheme"). From a random start it avoids strict saddles almost surely (Lee et al. 2016),
/// but started on a saddle's stable manifold it converges to the saddle, and on Du et al.'s
/// octopus it needs time exponential in d.
/// </summary>
public sealed class GradientDescent : GradientStepOptimizer
{
    /// <summary>GD with step size <paramref name="stepSize"/>.</summary>
    public GradientDescent(double stepSize)
        : this(new GradientDescentSettings(stepSize))
    {
    }

    /// <summary>GD with default settings: η derived when the run starts (<see cref="StepSizeRule"/>).</summary>
    public GradientDescent()
        : this(new GradientDescentSettings())
    {
    }

    /// <summary>GD with the given (validated) settings.</summary>
    public GradientDescent(GradientDescentSettings settings)
        : base(Checked(settings).StepSize, 1, preferStochastic: false, noiseFor: null)
    {
        Settings = settings;
    }

    /// <inheritdoc />
    public override GradientDescentSettings Settings { get; }

    /// <inheritdoc />
    public override string Name => "gd";

    /// <inheritdoc />
    private static GradientDescentSettings Checked(GradientDescentSettings settings) =>
        (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"gradient descent, {StepSizeDescription}");
}
