using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>What a run of the Fourier diagnostic measured (Janzamin et al. 2015, Procedure 2, given the true directions).</summary>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">n.</param>
/// <param name="Seed">Seed.</param>
/// <param name="BiasError">Largest circular distance |b̂₁,j − b₁,j| on the period 1/ξ = 2 over the neurons.</param>
/// <param name="GuessError">The same error a uniform guess on the phase range (−1, 1] would make, in expectation.</param>
/// <param name="Seconds">Wall time of the Fourier method (data generation excluded).</param>
public sealed record NeuralLiftFourierRecord(int Dimension, int Hidden, int Samples, int Seed, double BiasError, double GuessError, double Seconds)
    : NeuralLiftRecord(Dimension, Hidden, Samples, Seed, Seconds)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => NeuralLiftFourierJob.PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string MethodName => NeuralLiftFourierJob.Method;
}
