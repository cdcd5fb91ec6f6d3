namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// The methods Du et al. (2017, Fig. 1) compare on the octopus, with their settings (η = 1/(4L) for all, as in the
/// paper): the octopus-escape experiment runs them, escape-time measures them against d beside the curvature methods.
/// </summary>
public static class OctopusComparison
{
    /// <summary>The optimisers compared and their <c>--opt</c> settings.</summary>
    public static IReadOnlyList<OptimizerChoice> Methods { get; } =
    [
        new("gd", []),
        new("noisy-sgd", ["noise_radius=0.5", "noise_decay_steps=0"]),
        new("pgd", ["r=0.1", "g_thres=0.1", "f_thres=0.01", "t_thres=100"]),
        new("pagd", ["theta=0.2", "r=0.1", "epsilon=0.1", "interval=50", "s=0.1"]),
    ];
}
