using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>What a Table 1 run measured.</summary>
/// <param name="Method">As in the job.</param>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">n.</param>
/// <param name="Seed">Seed.</param>
/// <param name="TestMse">Test mean squared error of the trained network.</param>
/// <param name="NoiseFloor">The teacher's own test MSE (the label noise).</param>
/// <param name="LabelVariance">Variance of the test labels (the constant predictor's MSE).</param>
/// <param name="RecoveryError">First layer: largest matched distance between unit columns (over permutations and signs).</param>
/// <param name="MeanRecoveryError">First layer: mean matched distance.</param>
/// <param name="BiasError">Largest |s_j b̂₁,j − b₁,π(j)| over the matched neurons.</param>
/// <param name="Lift">NN-LIFT's own diagnostics (null for backpropagation).</param>
/// <param name="Seconds">Wall time of the training (data generation excluded).</param>
public sealed record NeuralLiftTableRecord(
    TableMethod Method, int Dimension, int Hidden, int Samples, int Seed, double TestMse, double NoiseFloor, double LabelVariance,
    double RecoveryError, double MeanRecoveryError, double BiasError, NeuralLiftFitDiagnostics? Lift, double Seconds)
    : NeuralLiftRecord(Dimension, Hidden, Samples, Seed, Seconds)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => NeuralLiftTableJob.PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string MethodName => Method.Name;
}
