using SaddleEscape.Landscape;

namespace SaddleEscape.Torch.Training;

/// <summary>
/// Where a training run ended, seen through the Hessian of the training loss on a fixed batch: the certificate
/// (Lanczos), and stochastic Lanczos quadrature's estimate of how many eigenvalues are negative or near zero
/// (|λ| ≤ <paramref name="ZeroTolerance"/>) — the degeneracy Sankar &amp; Balasubramanian report (Farrell &amp; Quintero Peña 2019 §1.7).
/// </summary>
/// <param name="Certificate">Gradient norm, λ_min, λ_max, classification.</param>
/// <param name="Parameters">d.</param>
/// <param name="ZeroTolerance">Threshold for "near zero".</param>
/// <param name="NegativeFraction">Estimated share of eigenvalues below −ZeroTolerance.</param>
/// <param name="NearZeroFraction">Estimated share with |λ| ≤ ZeroTolerance.</param>
/// <param name="TopEigenvalues">Largest Ritz values (descending).</param>
public sealed record HessianSummary(Certificate Certificate, int Parameters, double ZeroTolerance, double NegativeFraction, double NearZeroFraction, double[] TopEigenvalues);
