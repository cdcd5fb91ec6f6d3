namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>What an NN-LIFT fit (Goyal &amp; Ullah, Proc. 4) reports about itself beyond the network.</summary>
/// <param name="Rewhitened">Whether M̂₂'s kept eigenvalues had mixed signs (positive re-whitening used).</param>
/// <param name="SpuriousMaxima">Noisy-gradient runs restarted from a spurious maximum of T(u,u,u) (0 with the power method).</param>
/// <param name="RidgePenalty">The ridge penalty λ of the readout that the validation split chose.</param>
public sealed record NeuralLiftFitDiagnostics(bool Rewhitened, int SpuriousMaxima, double RidgePenalty);
