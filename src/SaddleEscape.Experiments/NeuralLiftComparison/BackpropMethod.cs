using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>The Table 1 baseline: the same two-layer network trained by backpropagation (Adam, early stopping, best of 3 restarts).</summary>
public sealed record BackpropMethod : TableMethod
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Name => "backprop";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Label => "backpropagation (Adam, early stopping)";
}
