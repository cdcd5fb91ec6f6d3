using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="DoubleWellFamily"/> (defaults stated here, once).</summary>
public sealed record DoubleWellParameters
{
    /// <summary>c ≥ 0: weight of the cubic tilt −(c/3)x₁³ (0: the symmetric quartic double well).</summary>
    [Setting("cubic", "c ≥ 0: weight of the cubic tilt −(c/3)x₁³; 0 is the symmetric quartic double well, c > 0 makes x₁ = (c − √(c²+4))/2 a spurious local minimum")]
    public double Cubic { get; init; }
}
