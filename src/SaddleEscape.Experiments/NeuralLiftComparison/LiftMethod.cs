using SaddleEscape.NeuralLift;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>NN-LIFT (Goyal &amp; Ullah, Proc. 4) with a decomposition of the whitened tensor and a method for b₁.</summary>
/// <param name="Decomposition">Noisy gradient descent (Proc. 5) or the power method (Alg. 6).</param>
/// <param name="Bias">The Fourier method (Janzamin et al. 2015, Procedure 2) or profile least squares.</param>
public sealed record LiftMethod(LiftDecomposition Decomposition, BiasMethod Bias) : TableMethod
{
    /// <summary>The estimator's options for this method (everything else at its defaults).</summary>
    [JsonIgnore]
    public NeuralLiftOptions Options => new(Decomposition, Bias: Bias);

    /// <inheritdoc />
    [JsonIgnore]
    public override string Name => $"nn-lift-{(Decomposition == LiftDecomposition.NoisyGradient ? "ngd" : "power")}-{(Bias == BiasMethod.Fourier ? "fourier" : "ls")}";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Label => (Decomposition, Bias) switch
    {
        (LiftDecomposition.NoisyGradient, BiasMethod.Fourier) => "NN-LIFT: noisy GD (Proc. 5), Fourier b₁",
        (LiftDecomposition.PowerMethod, BiasMethod.Fourier) => "NN-LIFT: power method (Alg. 6), Fourier b₁",
        (LiftDecomposition.NoisyGradient, _) => "NN-LIFT: noisy GD, least-squares b₁",
        _ => "NN-LIFT: power method, least-squares b₁",
    };
}
