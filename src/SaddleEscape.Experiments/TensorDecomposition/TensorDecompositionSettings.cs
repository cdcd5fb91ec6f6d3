using SaddleEscape.Optimizers;
using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>Settings of the tensor-decomposition experiment (Ge, Huang, Jin &amp; Yuan 2015; Goyal &amp; Ullah §3.4–3.5).</summary>
/// <param name="Dimensions">d values (k = d components, d unit vectors).</param>
/// <param name="Seeds">Seeds per (method, d, noise).</param>
/// <param name="MaxIterations">Iteration cap of the optimisers.</param>
/// <param name="Noise">‖E‖_F of the noisy variant.</param>
/// <param name="CheckpointEvery">Iterations between recorded recovery errors.</param>
/// <param name="BaseSeed">Seeds run from here.</param>
public sealed record TensorDecompositionSettings(
    [property: Setting("dimensions", "dimensions d, comma-separated", Minimum = 2)] IReadOnlyList<int> Dimensions,
    [property: Setting("seeds", "seeds per (method, d, noise)", Minimum = 1)] int Seeds,
    [property: Setting("max_iterations", "optimiser iteration cap", Minimum = 1)] long MaxIterations,
    [property: Setting("noise", "‖E‖_F of the noisy tensor", Positive = true)] double Noise = 0.1,
    int CheckpointEvery = 50,
    int BaseSeed = 0)
{
    /// <summary>d ∈ {5, 10, 20}, 5 seeds, 6 000 iterations.</summary>
    public static TensorDecompositionSettings Quick { get; } = new([5, 10, 20], 5, 6000);

    /// <summary>d ∈ {5, 10, 20, 50}, 20 seeds, 10 000 iterations.</summary>
    public static TensorDecompositionSettings Full { get; } = new([5, 10, 20, 50], 20, 10_000);

    /// <summary>Noisy SGD (Ge et al. 2015, Alg. 1) with the problem's recommendations.</summary>
    public static TensorDecompositionMethod NoisySgd { get; } = new("noisy-sgd", new(new NoisyStochasticGradientDescentSettings()));

    /// <summary>PGD with catalogue defaults.</summary>
    public static TensorDecompositionMethod Pgd { get; } = new("pgd", new(new PerturbedGradientDescentSettings()));

    /// <summary>Plain (projected) gradient descent.</summary>
    public static TensorDecompositionMethod Gd { get; } = new("gd", new(new GradientDescentSettings()));

    /// <summary>PAGD with catalogue defaults.</summary>
    public static TensorDecompositionMethod Pagd { get; } = new("pagd", new(new PerturbedAcceleratedGradientDescentSettings()));

    /// <summary>PAGD with negative-curvature exploitation off.</summary>
    public static TensorDecompositionMethod PagdNceOff { get; } = new("pagd-nce-off", new(new PerturbedAcceleratedGradientDescentSettings(NegativeCurvatureExploitation: false)));

    /// <summary>The robust tensor power method with deflation (Anandkumar et al. 2014).</summary>
    public static TensorDecompositionMethod PowerMethod { get; } = new("power-method", null);

    /// <summary>
    /// The methods compared (declared after the methods it lists: static initialisers run in text order): the optimisers with the problem's recommendations and catalogue defaults, PAGD also with
    /// negative-curvature exploitation off, and the robust tensor power method.
    /// </summary>
    public static IReadOnlyList<TensorDecompositionMethod> Methods { get; } = [NoisySgd, Pgd, Gd, Pagd, PagdNceOff, PowerMethod];

    /// <summary>A run "recovers every component" when its error is at most this (exact T) or 2σ (noisy T).</summary>
    public double RecoveryThreshold(bool noisy) => noisy ? Math.Max(1e-3, 2 * Noise) : 1e-3;
}
