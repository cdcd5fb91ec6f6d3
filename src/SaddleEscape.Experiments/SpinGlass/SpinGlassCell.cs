namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>What the analysis found at one N.</summary>
/// <param name="Spins">N.</param>
/// <param name="Runs">Every start at this N.</param>
/// <param name="Points">Distinct critical points, by energy.</param>
/// <param name="MeanEnergyByIndex">Index → (mean H/N, count) over distinct points.</param>
/// <param name="Lowest">The lowest energy found (NaN if none).</param>
/// <param name="MinimaBelowThreshold">Distinct local minima with H/N below E∞, and all distinct local minima.</param>
/// <param name="MeanMinimumEnergy">Mean H/N of the distinct local minima (NaN if none).</param>
/// <param name="BandsOrdered">True when the mean energy increases with the index over the indices with at least three points.</param>
public sealed record SpinGlassCell(
    int Spins, IReadOnlyList<SpinGlassRecord> Runs, IReadOnlyList<SpinGlassPoint> Points, IReadOnlyDictionary<int, (double Mean, int Count)> MeanEnergyByIndex,
    double Lowest, (int Below, int All) MinimaBelowThreshold, double MeanMinimumEnergy, bool BandsOrdered);
