using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// The labels the sample-size study weights the score functions with: residuals of polynomial fits (control variates,
/// exact by Stein's identity) or centred labels. <see cref="Name"/> is the text users see in the CSVs and the report.
/// </summary>
/// <param name="ControlVariates">True: polynomial control variates; false: centred labels.</param>
public sealed record MomentEstimator(bool ControlVariates)
{
    /// <summary>Moments with polynomial control variates.</summary>
    public static MomentEstimator WithControlVariates { get; } = new(true);

    /// <summary>Moments with centred labels.</summary>
    public static MomentEstimator Centered { get; } = new(false);

    /// <summary>The name in the CSVs: "control-variates" or "centred".</summary>
    [JsonIgnore]
    public string Name => ControlVariates ? "control-variates" : "centred";

    /// <summary>The report's label.</summary>
    [JsonIgnore]
    public string Label => ControlVariates ? "moments with polynomial control variates" : "moments with centred labels";

    /// <inheritdoc />
    public override string ToString() => Name;
}
