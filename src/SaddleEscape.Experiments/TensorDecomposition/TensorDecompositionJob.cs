namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>One run: a method on one seeded instance (exact or noisy T) in dimension d.</summary>
/// <param name="Method">The method.</param>
/// <param name="Dimension">d.</param>
/// <param name="Noisy">Whether T carries symmetric noise.</param>
/// <param name="Seed">Seed of the tensor, the start and the noise.</param>
/// <param name="MaxIterations">Iteration cap.</param>
/// <param name="Noise">‖E‖_F when noisy.</param>
/// <param name="CheckpointEvery">Iterations between recorded recovery errors.</param>
public sealed record TensorDecompositionJob(TensorDecompositionMethod Method, int Dimension, bool Noisy, int Seed, long MaxIterations, double Noise, int CheckpointEvery);
