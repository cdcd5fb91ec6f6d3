using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>The MLP at the end of training: its loss, accuracy and the SLQ density of its training loss's Hessian.</summary>
/// <param name="Radius">PSGD's r (0: SGD).</param>
/// <param name="Trial">The trial.</param>
/// <param name="TrainLoss">Training loss after the last epoch.</param>
/// <param name="TestAccuracy">Test accuracy after the last epoch.</param>
/// <param name="Nodes">SLQ nodes.</param>
/// <param name="Weights">Their weights.</param>
/// <param name="NegativeFraction">Share of the density below −<see cref="SpectraSettings.ZeroTolerance"/>.</param>
/// <param name="NearZeroFraction">Share within ±<see cref="SpectraSettings.ZeroTolerance"/>.</param>
public sealed record SpectraMlpRecord(
    double Radius, int Trial, double TrainLoss, double TestAccuracy, double[] Nodes, double[] Weights, double NegativeFraction, double NearZeroFraction) : SpectraRecord
{
    /// <summary>True for PSGD (r ≠ 0), false for SGD.</summary>
    [JsonIgnore]
    public bool Perturbed => Radius != 0;

    /// <summary>The optimiser's name in the CSV and the report: "sgd" or "psgd".</summary>
    [JsonIgnore]
    public string Optimizer => Perturbed ? "psgd" : "sgd";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => SpectraMlpJob.PartName;
}
