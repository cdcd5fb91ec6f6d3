namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>A polished deep-linear critical point and its exact Hessian spectrum (exhausted Lanczos).</summary>
/// <param name="Energy">The loss at the point.</param>
/// <param name="MorseIndex">Negative eigenvalues.</param>
/// <param name="Nullity">Zero eigenvalues (|λ| ≤ 1e-6·max(1, |λ_max|)).</param>
/// <param name="Eigenvalues">The spectrum, ascending.</param>
public sealed record DeepLinearCriticalPoint(double Energy, int MorseIndex, int Nullity, double[] Eigenvalues);
