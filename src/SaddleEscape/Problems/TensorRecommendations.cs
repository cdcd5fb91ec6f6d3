using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>Recommended optimiser settings the tensor families share.</summary>
internal static class TensorRecommendations
{
    private const string Why = "Ge et al.'s noisy SGD with a finite accuracy target: the noise is switched off by step 4 000 so that the run ends at a stationary point the certificate can judge";

    /// <summary>Noise scaled to unit vectors, switched off by step 4 000 (tensor-orthogonal-4).</summary>
    public static IReadOnlyList<OptimizerRecommendation> NoiseSwitchedOff { get; } =
    [
        OptimizerRecommendation.For<NoisyStochasticGradientDescentSettings>(s => s with { NoiseRadius = 0.05, NoiseDecaySteps = 4000 }, Why),
        OptimizerRecommendation.For<GaussianNoisyGradientDescentSettings>(s => s with { NoiseStd = 0.01, NoiseDecaySteps = 4000 }, Why),
        OptimizerRecommendation.For<PerturbedStochasticGradientDescentSettings>(s => s with { Radius = 0.05, NoiseDecaySteps = 4000 }, Why),
    ];
}
