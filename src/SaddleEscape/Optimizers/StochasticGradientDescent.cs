using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// SGD and mini-batch SGD (Farrell &amp; Quintero Peña 2019 Alg. 3; Ghadimi &amp; Lan 2013): x_{t+1} = R(−η·g(x_t; θ_t)),
/// g the mean of <see cref="GradientStepOptimizer.BatchSize"/> sample gradients drawn fresh each
/// step. On an objective without a stochastic oracle it is gradient descent.
/// </summary>
public sealed class StochasticGradientDescent : GradientStepOptimizer
{
    /// <summary>SGD with step size <paramref name="stepSize"/> and mini-batch <paramref name="batchSize"/>.</summary>
    public StochasticGradientDescent(double stepSize, int batchSize = 1)
        : this(new StochasticGradientDescentSettings(stepSize, batchSize))
    {
    }

    /// <summary>SGD with default settings (<see cref="StochasticGradientDescentSettings"/>).</summary>
    public StochasticGradientDescent()
        : this(new StochasticGradientDescentSettings())
    {
    }

    /// <summary>SGD with the given (validated) settings.</summary>
    public StochasticGradientDescent(StochasticGradientDescentSettings settings)
        : base(Checked(settings).StepSize, settings.BatchSize, preferStochastic: true, noiseFor: null)
    {
        Settings = settings;
    }

    /// <inheritdoc />
    public override StochasticGradientDescentSettings Settings { get; }

    private static StochasticGradientDescentSettings Checked(StochasticGradientDescentSettings settings) =>
        (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    /// <inheritdoc />
    public override string Name => "sgd";

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"SGD, {StepSizeDescription}, {OracleDescription}");
}
