using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>
/// One spectrum: each part has its own job type — <see cref="SpectraDeepLinearJob"/> (a deep-linear critical point from
/// one start) and <see cref="SpectraMlpJob"/> (the MLP trained with SGD or PSGD) — stored as JSON with the part's name as
/// the discriminator "part".
/// </summary>
/// <param name="Settings">The experiment's settings.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "part")]
[JsonDerivedType(typeof(SpectraDeepLinearJob), SpectraDeepLinearJob.PartName)]
[JsonDerivedType(typeof(SpectraMlpJob), SpectraMlpJob.PartName)]
public abstract record SpectraJob(SpectraSettings Settings)
{
    /// <summary>The part's name (for timings in the provenance).</summary>
    [JsonIgnore]
    public abstract string Part { get; }
}
