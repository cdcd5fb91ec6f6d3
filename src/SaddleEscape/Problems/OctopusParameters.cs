using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="OctopusFamily"/> (defaults: the paper's experimental constants L = e, γ = 1, τ = e).</summary>
public sealed record OctopusParameters
{
    /// <summary>L &gt; 0: curvature of the confining directions.</summary>
    [Setting("L", "L > 0: curvature of the confining directions")]
    public double L { get; init; } = Math.E;

    /// <summary>γ &gt; 0: negative curvature at each saddle.</summary>
    [Setting("gamma", "γ > 0: negative curvature at each saddle")]
    public double Gamma { get; init; } = 1;

    /// <summary>τ &gt; 0: width of each saddle region.</summary>
    [Setting("tau", "τ > 0: width of each saddle region")]
    public double Tau { get; init; } = Math.E;

    /// <summary>Where runs start.</summary>
    [Setting("start", "uniform (x₀ uniform on [−a, a]^d, the paper's), ball (uniform in the ball of radius a) or saddle (x₀ = 0)")]
    public OctopusStart Start { get; init; } = OctopusStart.Uniform;

    /// <summary>a ∈ (0, τ]: size of the start region.</summary>
    [Setting("start_radius", "a, in (0, τ]: size of the start region")]
    public double StartRadius { get; init; } = 1;

    /// <summary>σ ≥ 0 of the stochastic oracle ∇f + N(0, σ²I).</summary>
    [Setting("gradient_noise", "σ ≥ 0: stochastic oracle ∇f + N(0, σ²I) for SGD-type optimisers")]
    public double GradientNoise { get; init; }
}
