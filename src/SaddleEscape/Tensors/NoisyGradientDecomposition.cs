namespace SaddleEscape.Tensors;

/// <summary>The result of <see cref="NoisyGradientTensorDecomposition.Decompose"/>.</summary>
/// <param name="Pairs">The eigenpairs (v̂_j, μ̂_j) in extraction order, μ̂_j &gt; 0.</param>
/// <param name="Iterations">Gradient iterations over all components and restarts.</param>
/// <param name="SpuriousMaxima">Runs that ended at a local maximum of T(u,u,u) with T ≤ 0 and were restarted from −v̂.</param>
public sealed record NoisyGradientDecomposition(IReadOnlyList<TensorEigenpair> Pairs, long Iterations, int SpuriousMaxima);
