using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>Farrell &amp; Quintero Peña's MLP trained with SGD (r = 0) or PSGD, then the SLQ density of its Hessian.</summary>
/// <param name="Trial">The trial's number (its seed streams).</param>
/// <param name="Radius">PSGD's r (0: SGD).</param>
/// <param name="Settings">The experiment's settings.</param>
public sealed record SpectraMlpJob(int Trial, double Radius, SpectraSettings Settings) : SpectraJob(Settings)
{
    /// <summary>The part's name.</summary>
    public const string PartName = "mlp";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;
}
