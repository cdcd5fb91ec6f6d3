using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>What one deep-linear start gave.</summary>
/// <param name="Start">The start's number.</param>
/// <param name="Point">The critical point it was polished to, or null when the finder did not converge within its budget.</param>
public sealed record SpectraDeepLinearRecord(int Start, DeepLinearCriticalPoint? Point) : SpectraRecord
{
    /// <summary>Whether the start was polished to a critical point.</summary>
    [JsonIgnore]
    public bool Converged => Point is not null;

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => SpectraDeepLinearJob.PartName;
}
