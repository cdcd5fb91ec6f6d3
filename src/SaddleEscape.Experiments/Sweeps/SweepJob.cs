using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Sweeps;

/// <summary>One cell's run for one seed: exactly a <c>saddle run</c>.</summary>
/// <param name="Problem">Problem.</param>
/// <param name="Dimension">--dim (null: the problem's default).</param>
/// <param name="Set">Problem key=value settings.</param>
/// <param name="Optimizer">Optimizer.</param>
/// <param name="Opt">Optimizer key=value options.</param>
/// <param name="Seed">Seed.</param>
/// <param name="MaxIterations">Cap.</param>
/// <param name="GradientTolerance">Gradient tolerance.</param>
/// <param name="TargetGap">Target f − f*.</param>
/// <param name="TargetValue">Target f.</param>
/// <param name="MaxGradients">Gradient budget.</param>
/// <param name="CertificateGradientTolerance">Certificate gradient tolerance.</param>
/// <param name="CertificateEigenvalueTolerance">Certificate eigenvalue tolerance.</param>
public sealed record SweepJob(
    string Problem, int? Dimension, IReadOnlyList<string> Set, string Optimizer, IReadOnlyList<string> Opt, int Seed, long MaxIterations,
    double GradientTolerance, double? TargetGap, double? TargetValue, long? MaxGradients, double CertificateGradientTolerance, double CertificateEigenvalueTolerance)
{
    /// <summary>The cell this run belongs to (everything but the seed).</summary>
    [JsonIgnore]
    public string Cell => $"{Problem} {string.Join(" ", Set)} | {Optimizer} {string.Join(" ", Opt)} | d={Dimension?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}";
}
