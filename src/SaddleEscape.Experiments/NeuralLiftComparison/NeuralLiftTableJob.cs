using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>A Table 1 run (Goyal &amp; Ullah §4): train one method on n samples, test it, and match its first layer with the teacher's.</summary>
/// <param name="Method">NN-LIFT with its decomposition and b₁ method, or backpropagation.</param>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">Training samples n.</param>
/// <param name="TestSamples">Test samples.</param>
/// <param name="NoiseStd">Label noise.</param>
/// <param name="Seed">Seed of the teacher, the data and the method's randomness.</param>
public sealed record NeuralLiftTableJob(TableMethod Method, int Dimension, int Hidden, int Samples, int TestSamples, double NoiseStd, int Seed)
    : NeuralLiftJob(Dimension, Hidden, Samples, NoiseStd, Seed)
{
    /// <summary>The part's name.</summary>
    public const string PartName = "table";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string MethodName => Method.Name;
}
