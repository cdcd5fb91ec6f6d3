using SaddleEscape.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>Settings of <see cref="NeuralLiftEstimator"/> (Goyal &amp; Ullah Proc. 4; Janzamin, Sedghi &amp; Anandkumar 2015).</summary>
/// <param name="Decomposition">How the whitened tensor is decomposed.</param>
/// <param name="PowerRestarts">R, starts per component of the power method (Alg. 6).</param>
/// <param name="PowerIterations">N, power iterations per start (Alg. 6).</param>
/// <param name="NoisyGradient">Noisy gradient descent settings (Proc. 5); null for the defaults.</param>
/// <param name="Bias">How b₁ is estimated: the Fourier method (Janzamin et al. 2015, as in the seed) or profile least squares (ours).</param>
/// <param name="FourierRadius">ξ = ‖ω‖ of the Fourier method's frequencies (½ in Janzamin et al. 2015).</param>
/// <param name="CapEpsilon">ε̃₁: frequencies lie on the cap |⟨ω, â⟩| ≥ (1 − ε̃₁²/2)ξ.</param>
/// <param name="ValidationFraction">Share of the samples held out to choose the ridge penalty and each neuron's phase branch.</param>
/// <param name="RidgePenalties">The ridge penalties tried (on the mean squared error); the one with the least validation error is used.</param>
/// <param name="ControlVariates">Replace the labels by residuals of least-squares polynomial fits (degree 1 for M₂, 2 for M₃ and the
/// Fourier method) before forming the moments (<see cref="PolynomialControlVariate"/>); false only centres them, as the seed's plain estimator does up to centring.</param>
public sealed record NeuralLiftOptions(
    LiftDecomposition Decomposition = LiftDecomposition.PowerMethod,
    int PowerRestarts = 10,
    int PowerIterations = 100,
    NoisyGradientDecompositionOptions? NoisyGradient = null,
    BiasMethod Bias = BiasMethod.Fourier,
    double FourierRadius = 0.5,
    double CapEpsilon = 0.1,
    double ValidationFraction = 0.2,
    IReadOnlyList<double>? RidgePenalties = null,
    bool ControlVariates = true)
{
    /// <summary>The penalties tried when none are given: 0 and 10^-8 … 10^0.</summary>
    public static IReadOnlyList<double> DefaultRidgePenalties { get; } = [0, 1e-8, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1, 1];

    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public NeuralLiftOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PowerRestarts, 1, nameof(PowerRestarts));
        ArgumentOutOfRangeException.ThrowIfLessThan(PowerIterations, 1, nameof(PowerIterations));
        if (!(FourierRadius > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(FourierRadius), FourierRadius, "the Fourier radius ξ must be positive");
        }

        if (!(CapEpsilon > 0 && CapEpsilon <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(CapEpsilon), CapEpsilon, "ε̃₁ must be in (0, 1]");
        }

        if (!(ValidationFraction > 0 && ValidationFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, "the validation fraction must be in (0, 1)");
        }

        if (RidgePenalties is { Count: 0 } || (RidgePenalties?.Any(p => !(p >= 0)) ?? false))
        {
            throw new ArgumentException("ridge penalties must be a non-empty list of numbers ≥ 0", nameof(RidgePenalties));
        }

        return this;
    }
}
