using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// What one run measured: each part has its own record type with only the quantities it measures —
/// <see cref="NeuralLiftTableRecord"/>, <see cref="NeuralLiftSampleSizeRecord"/>, <see cref="NeuralLiftFourierRecord"/> —
/// stored as JSON with the part's name as the discriminator "part".
/// </summary>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">n.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Seconds">Wall time of the estimation or training (data generation excluded).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "part")]
[JsonDerivedType(typeof(NeuralLiftTableRecord), NeuralLiftTableJob.PartName)]
[JsonDerivedType(typeof(NeuralLiftSampleSizeRecord), NeuralLiftSampleSizeJob.PartName)]
[JsonDerivedType(typeof(NeuralLiftFourierRecord), NeuralLiftFourierJob.PartName)]
public abstract record NeuralLiftRecord(int Dimension, int Hidden, int Samples, int Seed, double Seconds)
{
    /// <summary>The part's name, as in the CSVs.</summary>
    [JsonIgnore]
    public abstract string Part { get; }

    /// <summary>The method's name, as in the CSVs.</summary>
    [JsonIgnore]
    public abstract string MethodName { get; }
}
