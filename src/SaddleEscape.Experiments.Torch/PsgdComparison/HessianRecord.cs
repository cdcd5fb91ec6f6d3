namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>The Hessian of the training loss at a run's end point, as stored (the eigenvector is not kept).</summary>
/// <param name="GradientNorm">‖∇L‖ on the fixed batch.</param>
/// <param name="LambdaMin">λ_min (Lanczos).</param>
/// <param name="LambdaMax">λ_max.</param>
/// <param name="Classification">Certificate name.</param>
/// <param name="Parameters">Parameters d.</param>
/// <param name="ZeroTolerance">|λ| below which an eigenvalue counts as near zero.</param>
/// <param name="NegativeFraction">SLQ estimate of the share of eigenvalues below −ZeroTolerance.</param>
/// <param name="NearZeroFraction">SLQ estimate of the share within ±ZeroTolerance.</param>
/// <param name="TopEigenvalues">Largest Ritz values of the first probe (descending).</param>
/// <param name="LanczosSteps">HVPs of the certificate.</param>
public sealed record HessianRecord(
    double GradientNorm, double LambdaMin, double LambdaMax, string Classification, int Parameters, double ZeroTolerance,
    double NegativeFraction, double NearZeroFraction, IReadOnlyList<double> TopEigenvalues, int LanczosSteps);
