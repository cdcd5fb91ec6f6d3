using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>A run of the sample-size study: the first layer's recovery error from n samples (Janzamin et al. 2015, Thm. 3: O(1/√n)).</summary>
/// <param name="Method">The moments' labels: polynomial control variates or centred.</param>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">Training samples n.</param>
/// <param name="NoiseStd">Label noise.</param>
/// <param name="Seed">Seed of the teacher, the data and the decomposition's randomness.</param>
public sealed record NeuralLiftSampleSizeJob(MomentEstimator Method, int Dimension, int Hidden, int Samples, double NoiseStd, int Seed)
    : NeuralLiftJob(Dimension, Hidden, Samples, NoiseStd, Seed)
{
    /// <summary>The part's name.</summary>
    public const string PartName = "sample-size";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string MethodName => Method.Name;
}
