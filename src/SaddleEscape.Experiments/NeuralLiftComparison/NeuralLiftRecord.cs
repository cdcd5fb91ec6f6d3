namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>What one run measured (NaN where a quantity does not apply).</summary>
/// <param name="Part">As in the job.</param>
/// <param name="Method">As in the job.</param>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">n.</param>
/// <param name="Seed">Seed.</param>
/// <param name="TestMse">Test mean squared error of the trained network.</param>
/// <param name="NoiseFloor">The teacher's own test MSE (the label noise).</param>
/// <param name="LabelVariance">Variance of the test labels (the constant predictor's MSE).</param>
/// <param name="RecoveryError">First layer: largest matched distance between unit columns (over permutations and signs).</param>
/// <param name="MeanRecoveryError">First layer: mean matched distance.</param>
/// <param name="BiasError">Largest |s_j b̂₁,j − b₁,π(j)| over the matched neurons.</param>
/// <param name="Rewhitened">Whether M̂₂'s kept eigenvalues had mixed signs (positive re-whitening used).</param>
/// <param name="SpuriousMaxima">Noisy-gradient runs restarted from a spurious maximum of T(u,u,u).</param>
/// <param name="Seconds">Wall time of the training (data generation excluded).</param>
/// <param name="RidgePenalty">NN-LIFT: the ridge penalty λ the validation split chose (NaN elsewhere).</param>
/// <param name="GuessError">"fourier" part: the b₁ error a uniform guess on the phase range (−1, 1] would make, in expectation (NaN elsewhere).</param>
public sealed record NeuralLiftRecord(
    string Part, string Method, int Dimension, int Hidden, int Samples, int Seed, double TestMse, double NoiseFloor, double LabelVariance,
    double RecoveryError, double MeanRecoveryError, double BiasError, bool Rewhitened, int SpuriousMaxima, double Seconds, double RidgePenalty, double GuessError);
