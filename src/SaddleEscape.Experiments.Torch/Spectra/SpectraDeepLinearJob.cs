using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>A deep-linear critical point (Kawaguchi 2016): polish one random start with the critical-point finder and take its exact spectrum.</summary>
/// <param name="Start">The start's number (its seed stream).</param>
/// <param name="Settings">The experiment's settings.</param>
public sealed record SpectraDeepLinearJob(int Start, SpectraSettings Settings) : SpectraJob(Settings)
{
    /// <summary>The part's name.</summary>
    public const string PartName = "deep-linear";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;
}
