using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// One run of the NN-LIFT experiment: each part has its own job type — <see cref="NeuralLiftTableJob"/> (Table 1: train,
/// test, recover), <see cref="NeuralLiftSampleSizeJob"/> (first-layer recovery against n) and
/// <see cref="NeuralLiftFourierJob"/> (the Fourier method given the true directions) — stored as JSON with the part's
/// name as the discriminator "part".
/// </summary>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">Training samples n.</param>
/// <param name="NoiseStd">Label noise.</param>
/// <param name="Seed">Seed of the teacher, the data and the methods' randomness.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "part")]
[JsonDerivedType(typeof(NeuralLiftTableJob), NeuralLiftTableJob.PartName)]
[JsonDerivedType(typeof(NeuralLiftSampleSizeJob), NeuralLiftSampleSizeJob.PartName)]
[JsonDerivedType(typeof(NeuralLiftFourierJob), NeuralLiftFourierJob.PartName)]
public abstract record NeuralLiftJob(int Dimension, int Hidden, int Samples, double NoiseStd, int Seed)
{
    /// <summary>The part's name (what <c>--only</c> takes).</summary>
    [JsonIgnore]
    public abstract string Part { get; }

    /// <summary>The method's name, as in the CSVs.</summary>
    [JsonIgnore]
    public abstract string MethodName { get; }
}
