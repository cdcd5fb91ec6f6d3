namespace SaddleEscape.Problems;

/// <summary>What the optimisers of a population objective see.</summary>
public enum ObjectiveOracle
{
    /// <summary>The closed form (exact gradients).</summary>
    Population,

    /// <summary>An unbiased sample estimator (fresh teacher samples each step) for SGD-type optimisers.</summary>
    Samples,
}
