namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>What the spin-glass analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every start.</param>
/// <param name="Points">Distinct critical points, by energy.</param>
/// <param name="MeanEnergyByIndex">Index → (mean H/N, count) over distinct points.</param>
/// <param name="Lowest">The lowest energy found (NaN if none).</param>
/// <param name="MinimaBelowThreshold">Distinct local minima with H/N below E∞, and all distinct local minima.</param>
/// <param name="BandsOrdered">True when the mean energy increases with the index over the indices with at least three points.</param>
public sealed record SpinGlassSummary(
    SpinGlassSettings Settings, IReadOnlyList<SpinGlassRun> Runs, IReadOnlyList<SpinGlassPoint> Points,
    IReadOnlyDictionary<int, (double Mean, int Count)> MeanEnergyByIndex, double Lowest, (int Below, int All) MinimaBelowThreshold, bool BandsOrdered);
