namespace SaddleEscape.NeuralLift;

/// <summary>The first layer as NN-LIFT recovers it from M₂ and M₃.</summary>
/// <param name="Directions">k unit vectors (k×d row-major), each â_j up to sign (largest-magnitude entry made positive).</param>
/// <param name="SecondMomentEigenvalues">The k eigenvalues of M₂ of largest magnitude (whitening uses their absolute values).</param>
/// <param name="Rewhitened">Whether M₂'s kept eigenvalues had mixed signs, so a positive combination was built (see <see cref="FirstLayerEstimator"/>).</param>
/// <param name="TensorEigenvalues">μ̂_j of the orthogonal decomposition, in extraction order.</param>
/// <param name="SpuriousMaxima">Noisy-gradient runs that ended at a spurious local maximum (T ≤ 0) and were restarted (0 for the power method).</param>
public sealed record FirstLayerEstimate(double[] Directions, double[] SecondMomentEigenvalues, bool Rewhitened, double[] TensorEigenvalues, int SpuriousMaxima);
