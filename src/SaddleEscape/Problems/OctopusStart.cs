namespace SaddleEscape.Problems;

/// <summary>Where an <c>octopus</c> run starts.</summary>
public enum OctopusStart
{
    /// <summary>x₀ uniform on [−a, a]^d (Du et al. 2017's experiments).</summary>
    Uniform,

    /// <summary>x₀ uniform in the ball of radius a.</summary>
    Ball,

    /// <summary>x₀ = 0: the first of the chain's strict saddles (g = 0, λ_min = −2γ).</summary>
    Saddle,
}
