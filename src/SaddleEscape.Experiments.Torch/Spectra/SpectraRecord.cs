using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>
/// One spectrum: each part has its own record type with only what it measures — <see cref="SpectraDeepLinearRecord"/>
/// and <see cref="SpectraMlpRecord"/> — stored as JSON with the part's name as the discriminator "part".
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "part")]
[JsonDerivedType(typeof(SpectraDeepLinearRecord), SpectraDeepLinearJob.PartName)]
[JsonDerivedType(typeof(SpectraMlpRecord), SpectraMlpJob.PartName)]
public abstract record SpectraRecord
{
    /// <summary>The part's name.</summary>
    [JsonIgnore]
    public abstract string Part { get; }
}
