using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="SpinGlassFamily"/>.</summary>
public sealed record SpinGlassParameters
{
    /// <summary>p, the order of the interaction (3: the implemented one).</summary>
    [Setting("p", "order of the interaction (3: the implemented one)")]
    public int Order { get; init; } = SphericalSpinGlass.Order;

    /// <summary>Seed of the couplings J; null = the run's seed.</summary>
    [Setting("couplings_seed", "seed of the couplings J (auto = the run's seed); the start is drawn from the run's seed")]
    public int? CouplingsSeed { get; init; }
}
