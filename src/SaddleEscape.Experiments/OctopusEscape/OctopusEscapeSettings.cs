using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>Settings of the octopus-escape experiment (Du, Jin, Lee, Jordan, Póczos &amp; Singh 2017, Sec. 6).</summary>
/// <param name="Dimensions">The dimensions d to run.</param>
/// <param name="Seeds">Seeds per (method, d).</param>
/// <param name="MaxIterations">Iteration cap; runs that have not reached the target by then are censored.</param>
/// <param name="Tolerance">Target: first iteration with f(x_t) − f* ≤ this.</param>
/// <param name="BaseSeed">Seeds run from here.</param>
public sealed record OctopusEscapeSettings(
    [property: Setting("dimensions", "dimensions d, comma-separated", Minimum = 1)] IReadOnlyList<int> Dimensions,
    [property: Setting("seeds", "seeds per (method, d)", Minimum = 1)] int Seeds,
    [property: Setting("max_iterations", "iteration cap (censoring)", Minimum = 1)] long MaxIterations,
    [property: Setting("tolerance", "target f − f*", Positive = true)] double Tolerance = 1e-2,
    int BaseSeed = 0)
{
    /// <summary>d = 2…10, 5 seeds, cap 10⁵ iterations: about a second on two cores.</summary>
    public static OctopusEscapeSettings Quick { get; } = new(Enumerable.Range(2, 9).ToArray(), 5, 100_000);

    /// <summary>d = 2…20, 10 seeds, cap 10⁶ iterations.</summary>
    public static OctopusEscapeSettings Full { get; } = new(Enumerable.Range(2, 19).ToArray(), 10, 1_000_000);

    /// <summary>The optimisers compared and their <c>--opt</c> settings (η = 1/(4L) for all, as in the paper).</summary>
    public static IReadOnlyList<OctopusEscapeMethod> Methods { get; } =
    [
        new("gd", []),
        new("noisy-sgd", ["noise_radius=0.5", "noise_decay_steps=0"]),
        new("pgd", ["r=0.1", "g_thres=0.1", "f_thres=0.01", "t_thres=100"]),
        new("pagd", ["theta=0.2", "r=0.1", "epsilon=0.1", "interval=50", "s=0.1"]),
    ];
}
