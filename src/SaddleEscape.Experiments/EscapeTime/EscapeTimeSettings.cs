using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Optimizers;
using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>Settings of the escape-time experiment: first- and second-order methods on Du et al. 2017's octopus.</summary>
/// <param name="Dimensions">The dimensions d.</param>
/// <param name="Seeds">Seeds per (method, d).</param>
/// <param name="MaxIterations">Iteration cap of the methods run through the minimiser (censoring).</param>
/// <param name="ExtendedMaxDimension">Largest d for GD with the extended exponent (its cost grows about 5× per dimension).</param>
/// <param name="ExtendedMaxIterations">Iteration cap of GD with the extended exponent.</param>
/// <param name="Tolerance">Target: the first iteration with f − f* ≤ this.</param>
/// <param name="BaseSeed">Seeds run from here.</param>
public sealed record EscapeTimeSettings(
    [property: Setting("dimensions", "dimensions d, comma-separated", Minimum = 1)] IReadOnlyList<int> Dimensions,
    [property: Setting("seeds", "seeds per (method, d)", Minimum = 1)] int Seeds,
    [property: Setting("max_iterations", "iteration cap of the methods run in double (censoring)", Minimum = 1)] long MaxIterations,
    [property: Setting("extended_max_dimension", "largest d for GD with the extended exponent (about 5× the time per extra dimension)", Minimum = 1)] int ExtendedMaxDimension,
    [property: Setting("extended_max_iterations", "iteration cap of GD with the extended exponent", Minimum = 1)] long ExtendedMaxIterations,
    [property: Setting("tolerance", "target f − f*", Positive = true)] double Tolerance = 1e-2,
    int BaseSeed = 0)
{
    /// <summary>d = 2…10, 3 seeds, cap 10⁵; extended-exponent GD to d = 10 with cap 10⁸ (about 15 s on two cores, Release build).</summary>
    public static EscapeTimeSettings Quick { get; } = new(Enumerable.Range(2, 9).ToArray(), 3, 100_000, 10, 100_000_000);

    /// <summary>d = 2…20, 10 seeds, cap 10⁶; extended-exponent GD to d = 12 with cap 10⁹ (about ten minutes on two cores, Release build).</summary>
    public static EscapeTimeSettings Full { get; } = new(Enumerable.Range(2, 19).ToArray(), 10, 1_000_000, 12, 1_000_000_000);

    /// <summary>The label of GD with the extended exponent.</summary>
    public const string ExtendedGd = "gd (extended exponent)";

    /// <summary>
    /// The methods: the octopus-escape experiment's first-order methods with its settings, GD again with the extended
    /// exponent, and the curvature-using methods with their catalogue defaults (the octopus's recommendations applied).
    /// </summary>
    public static IReadOnlyList<EscapeTimeMethod> Methods { get; } =
    [
        .. OctopusComparison.Methods.Select(m => new EscapeTimeMethod(m.Name, m)),
        new(ExtendedGd, new(new GradientDescentSettings()), ExtendedRange: true),
        new("cubic", new(new CubicRegularizationSettings())),
        new("saddle-free-newton", new(new SaddleFreeNewtonSettings())),
        new("nc-descent", new(new NegativeCurvatureDescentSettings())),
        new("nc-descent (first-order)", new(new NegativeCurvatureDescentSettings(Oracle: NegativeCurvatureOracle.FirstOrder))),
    ];

    /// <summary>Whether <paramref name="method"/> runs at <paramref name="dimension"/>.</summary>
    public bool Runs(EscapeTimeMethod method, int dimension) => !method.ExtendedRange || dimension <= ExtendedMaxDimension;

    /// <summary>The cap of <paramref name="method"/>.</summary>
    public long CapOf(EscapeTimeMethod method) => method.ExtendedRange ? ExtendedMaxIterations : MaxIterations;
}
