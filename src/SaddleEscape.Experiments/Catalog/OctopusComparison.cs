using SaddleEscape.Optimizers;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// The methods Du et al. (2017, Fig. 1) compare on the octopus, with their settings (η = 1/(4L) for all, as in the
/// paper): the octopus-escape experiment runs them, escape-time measures them against d beside the curvature methods.
/// </summary>
public static class OctopusComparison
{
    /// <summary>The optimisers compared, each with the settings it changes from its record's defaults (the octopus's recommendations apply to the rest).</summary>
    public static IReadOnlyList<OptimizerChoice> Methods { get; } =
    [
        new(new GradientDescentSettings()),
        new(new NoisyStochasticGradientDescentSettings(NoiseRadius: 0.5, NoiseDecaySteps: 0)),
        new(new PerturbedGradientDescentSettings(Radius: 0.1, GradientThreshold: 0.1, ValueThreshold: 0.01, EscapeWindow: 100)),
        new(new PerturbedAcceleratedGradientDescentSettings(Theta: 0.2, Radius: 0.1, GradientThreshold: 0.1, Interval: 50, S: 0.1)),
    ];
}
