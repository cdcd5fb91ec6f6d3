using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// A run of the Fourier diagnostic: b₁ by the Fourier method (Janzamin et al. 2015, Procedure 2) from the true unit
/// directions and a₂'s true signs, against a uniform guess.
/// </summary>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">Training samples n.</param>
/// <param name="NoiseStd">Label noise.</param>
/// <param name="Seed">Seed of the teacher, the data and the Fourier method's sampling.</param>
public sealed record NeuralLiftFourierJob(int Dimension, int Hidden, int Samples, double NoiseStd, int Seed)
    : NeuralLiftJob(Dimension, Hidden, Samples, NoiseStd, Seed)
{
    /// <summary>The part's name.</summary>
    public const string PartName = "fourier";

    /// <summary>The diagnostic's method name in the CSVs.</summary>
    public const string Method = "fourier-true-directions";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string MethodName => Method;
}
