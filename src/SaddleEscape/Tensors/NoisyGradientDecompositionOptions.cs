namespace SaddleEscape.Tensors;

/// <summary>
/// Settings of <see cref="NoisyGradientTensorDecomposition"/> (Goyal &amp; Ullah Proc. 5). Step size, noise and
/// tolerance are relative to the tensor's scale ‖T‖_F, so one setting serves tensors of any magnitude.
/// </summary>
/// <param name="StepSize">η·‖T‖_F: the Riemannian gradient step on f(u) = −T(u,u,u).</param>
/// <param name="NoiseStd">σ/‖T‖_F: per-coordinate standard deviation of the Gaussian gradient noise (Ge et al. 2015).</param>
/// <param name="NoisySteps">Iterations over which the noise decays linearly to zero; plain gradient descent follows.</param>
/// <param name="MaxIterations">Iteration cap per component.</param>
/// <param name="GradientTolerance">Stop once the noise is off and ‖grad f‖/‖T‖_F falls below this.</param>
public sealed record NoisyGradientDecompositionOptions(
    double StepSize = 0.2, double NoiseStd = 0.05, long NoisySteps = 200, long MaxIterations = 50_000, double GradientTolerance = 1e-13);
