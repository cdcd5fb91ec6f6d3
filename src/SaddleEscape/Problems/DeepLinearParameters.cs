using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="DeepLinearFamily"/>.</summary>
public sealed record DeepLinearParameters
{
    /// <summary>K ≥ 1 layers.</summary>
    [Setting("depth", "K ≥ 1 layers")]
    public int Depth { get; init; } = 3;

    /// <summary>N samples; null = 4d.</summary>
    [Setting("samples", "N samples (auto = 4d)")]
    public int? Samples { get; init; }

    /// <summary>σ ≥ 0: Y = AX + σ·Gaussian.</summary>
    [Setting("noise", "σ ≥ 0: Y = AX + σ·Gaussian")]
    public double Noise { get; init; }

    /// <summary>Where runs start.</summary>
    [Setting("start", "random (entries N(0, scale²/d)) or zero (θ = 0, a saddle; degenerate for K ≥ 3)")]
    public ZeroOrRandomStart Start { get; init; } = ZeroOrRandomStart.Random;

    /// <summary>Scale &gt; 0 of the random start.</summary>
    [Setting("init_scale", "scale > 0 of the random start")]
    public double InitScale { get; init; } = 1;
}
