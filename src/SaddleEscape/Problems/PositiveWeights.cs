namespace SaddleEscape.Problems;

/// <summary>Positive weights of a generated instance (a tensor's λ_i, a teacher's a*).</summary>
public enum PositiveWeights
{
    /// <summary>Every weight 1.</summary>
    Ones,

    /// <summary>Weights uniform in [1, 2].</summary>
    Random,
}
