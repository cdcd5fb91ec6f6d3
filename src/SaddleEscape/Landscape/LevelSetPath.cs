namespace SaddleEscape.Landscape;

/// <summary>A path between two points of a sub-level set found by <see cref="DynamicStringSampling"/>.</summary>
/// <param name="Beads">The path's points, end to end.</param>
/// <param name="Level">u₀.</param>
/// <param name="Threshold">The energy every segment had to stay below (u₀ with the margin).</param>
/// <param name="MaxEnergy">The largest energy seen along the path's segments.</param>
/// <param name="Connected">True when every segment stays below the threshold.</param>
/// <param name="NormalizedLength">Σ‖θᵢ₊₁ − θᵢ‖ / ‖θ_N − θ₁‖: 1 for a straight segment, larger the more the level set bends.</param>
/// <param name="BeadsInserted">Beads the search inserted.</param>
/// <param name="FailedPulls">Pull-downs that did not reach the sub-level set within their step budget.</param>
/// <param name="GradientEvaluations">Gradients used by the pull-downs.</param>
/// <param name="ValueEvaluations">Energies evaluated along segments.</param>
public sealed record LevelSetPath(
    IReadOnlyList<double[]> Beads, double Level, double Threshold, double MaxEnergy, bool Connected, double NormalizedLength,
    int BeadsInserted, int FailedPulls, long GradientEvaluations, long ValueEvaluations);
