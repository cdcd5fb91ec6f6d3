using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="QuadraticSaddleFamily"/> (defaults stated here, once).</summary>
public sealed record QuadraticSaddleParameters
{
    /// <summary>s, the number of negative-curvature directions (the first s coordinates).</summary>
    [Setting("s", "number of negative-curvature directions (the first s coordinates); s > 1 makes a sphere of minimisers")]
    public int NegativeDirections { get; init; } = 1;

    /// <summary>γ &gt; 0: the negative eigenvalues are −γ.</summary>
    [Setting("gamma", "γ > 0: the negative eigenvalues are −γ")]
    public double Gamma { get; init; } = 1;

    /// <summary>μ &gt; 0: weight of the confining quartic.</summary>
    [Setting("mu", "μ > 0: weight of the confining quartic (μ/4)‖x‖⁴")]
    public double Mu { get; init; } = 1;

    /// <summary>Smallest positive eigenvalue.</summary>
    [Setting("positive_min", "smallest positive eigenvalue")]
    public double PositiveMin { get; init; } = 0.5;

    /// <summary>Largest positive eigenvalue (evenly spaced from <see cref="PositiveMin"/>).</summary>
    [Setting("positive_max", "largest positive eigenvalue (evenly spaced from positive_min)")]
    public double PositiveMax { get; init; } = 2;

    /// <summary>Where runs start.</summary>
    [Setting("start", "random (x₀ ~ N(0, scale²I)), stable-manifold (the same with the negative coordinates set to 0) or saddle (x₀ = 0)")]
    public QuadraticSaddleStart Start { get; init; } = QuadraticSaddleStart.Random;

    /// <summary>Standard deviation of the random start.</summary>
    [Setting("scale", "standard deviation of the random start")]
    public double Scale { get; init; } = 1;

    /// <summary>σ ≥ 0 of the stochastic oracle ∇f + N(0, σ²I).</summary>
    [Setting("gradient_noise", "σ ≥ 0: stochastic oracle ∇f + N(0, σ²I) for SGD-type optimisers")]
    public double GradientNoise { get; init; }
}
