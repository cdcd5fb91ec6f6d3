using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>What a run of the sample-size study measured: the first layer's recovery from n samples.</summary>
/// <param name="Method">As in the job.</param>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">n.</param>
/// <param name="Seed">Seed.</param>
/// <param name="RecoveryError">Largest matched distance between unit columns (over permutations and signs).</param>
/// <param name="MeanRecoveryError">Mean matched distance.</param>
/// <param name="Rewhitened">Whether M̂₂'s kept eigenvalues had mixed signs (positive re-whitening used).</param>
/// <param name="Seconds">Wall time of the estimate (data generation excluded).</param>
public sealed record NeuralLiftSampleSizeRecord(
    MomentEstimator Method, int Dimension, int Hidden, int Samples, int Seed, double RecoveryError, double MeanRecoveryError, bool Rewhitened, double Seconds)
    : NeuralLiftRecord(Dimension, Hidden, Samples, Seed, Seconds)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => NeuralLiftSampleSizeJob.PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string MethodName => Method.Name;
}
