namespace SaddleEscape.Landscape;

/// <summary>What a critical-point search found: distinct points (up to symmetry), and what happened to the starts.</summary>
/// <param name="Points">Distinct critical points, by energy.</param>
/// <param name="Starts">Starts tried.</param>
/// <param name="Converged">Starts polished to ‖grad f‖ ≤ tolerance.</param>
/// <param name="HessianVectorProducts">HVPs used in all.</param>
public sealed record CriticalPointSearch(IReadOnlyList<CriticalPoint> Points, int Starts, int Converged, long HessianVectorProducts);
