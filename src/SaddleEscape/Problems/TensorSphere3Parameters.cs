using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="TensorSphere3Family"/>.</summary>
public sealed record TensorSphere3Parameters
{
    /// <summary>k ≤ d components; null = d.</summary>
    [Setting("components", "k ≤ d (auto = d)")]
    public int? Components { get; init; }

    /// <summary>σ ≥ 0: additive symmetric noise with ‖E‖_F = σ.</summary>
    [Setting("noise", "σ ≥ 0: additive symmetric noise, ‖E‖_F = σ (dense for d ≤ 30, low-rank above)")]
    public double Noise { get; init; }
}
