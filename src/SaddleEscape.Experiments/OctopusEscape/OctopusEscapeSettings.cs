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
}
