namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>What an instance of the run's suite states: f*, ℓ and ρ with their sources, its symmetry and the hash of its data.</summary>
/// <param name="Family">Family label.</param>
/// <param name="Dimension">The family's size parameter.</param>
/// <param name="Instance">Instance number.</param>
/// <param name="PointLength">n.</param>
/// <param name="KnownMinimum">f*, or null.</param>
/// <param name="KnownMinimumSource">Where f* comes from.</param>
/// <param name="GradientLipschitz">ℓ.</param>
/// <param name="HessianLipschitz">ρ.</param>
/// <param name="SmoothnessSource">Where ℓ and ρ come from.</param>
/// <param name="Symmetry">The instance's symmetry in words.</param>
/// <param name="Hash">SHA-256 of the instance's data (16 hex digits).</param>
public sealed record SaddleBenchInstanceRow(
    string Family, int Dimension, int Instance, int PointLength, double? KnownMinimum, string KnownMinimumSource,
    double GradientLipschitz, double HessianLipschitz, string SmoothnessSource, string Symmetry, string Hash);
