namespace SaddleEscape.Experiments;

/// <summary>Settings of the tensor-decomposition experiment (seed 000 §3.4–3.5; Ge et al. 2015).</summary>
/// <param name="Dimensions">d values (k = d components, d unit vectors).</param>
/// <param name="Seeds">Seeds per (method, d, noise).</param>
/// <param name="MaxIterations">Iteration cap of the optimisers.</param>
/// <param name="Noise">‖E‖_F of the noisy variant.</param>
/// <param name="CheckpointEvery">Iterations between recorded recovery errors.</param>
public sealed record TensorDecompositionSettings(IReadOnlyList<int> Dimensions, int Seeds, long MaxIterations, double Noise = 0.1, int CheckpointEvery = 50)
{
    /// <summary>d ∈ {5, 10, 20}, 5 seeds, 6 000 iterations.</summary>
    public static TensorDecompositionSettings Quick { get; } = new([5, 10, 20], 5, 6000);

    /// <summary>d ∈ {5, 10, 20, 50}, 20 seeds, 10 000 iterations.</summary>
    public static TensorDecompositionSettings Full { get; } = new([5, 10, 20, 50], 20, 10_000);

    /// <summary>The optimisers compared on Ge et al.'s Eq. 6 (their settings: the problem's recommendations and catalogue defaults).</summary>
    public static IReadOnlyList<string> Optimizers { get; } = ["noisy-sgd", "pgd", "gd", "pagd"];

    /// <summary>Name of the tensor power method in the results.</summary>
    public const string PowerMethod = "power-method";

    /// <summary>A run "recovers every component" when its error is at most this (exact T) or 2σ (noisy T).</summary>
    public double RecoveryThreshold(bool noisy) => noisy ? Math.Max(1e-3, 2 * Noise) : 1e-3;
}
