namespace SaddleEscape.NeuralLift;

/// <summary>What <see cref="NeuralLiftEstimator"/> learned and how.</summary>
/// <param name="Network">The trained network (unit-norm first-layer rows).</param>
/// <param name="FirstLayer">The tensor stage's output and diagnostics.</param>
/// <param name="FourierBiases">b̂₁ as the Fourier method read it, before the regression stage chose phase branches (empty with profile least squares).</param>
/// <param name="BranchesFlipped">Neurons whose bias the regression stage moved to the other phase branch (b̂ + 1/(2ξ)).</param>
/// <param name="RidgePenalty">The ridge penalty λ chosen on the validation split.</param>
/// <param name="ValidationMse">Validation mean squared error at that λ (before the final refit on all samples).</param>
public sealed record NeuralLiftFit(
    TwoLayerNetwork Network, FirstLayerEstimate FirstLayer, double[] FourierBiases, int[] BranchesFlipped, double RidgePenalty, double ValidationMse);
