using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>What one string found.</summary>
/// <param name="Model">cubic or teacher.</param>
/// <param name="Level">u₀.</param>
/// <param name="Pair">Pair index.</param>
/// <param name="EndPointsReached">Both end points reached E ≤ u₀ within the training budget (otherwise no string was run).</param>
/// <param name="Connected">Every segment stayed below u₀·(1 + margin).</param>
/// <param name="NormalizedLength">Path length over the end points' distance (NaN without end points); stored and exported as <c>normalised_length</c>, the name stores and CSVs written before the rename use.</param>
/// <param name="MaxEnergyOverLevel">The path's peak energy over u₀.</param>
/// <param name="Beads">Beads inserted.</param>
/// <param name="Distance">‖θ₂ − θ₁‖.</param>
public sealed record LevelSetsRecord(string Model, double Level, int Pair, bool EndPointsReached, bool Connected,
    [property: JsonPropertyName("normalised_length")] double NormalizedLength, double MaxEnergyOverLevel, int Beads, double Distance);
