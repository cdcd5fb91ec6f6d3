using SaddleEscape.Settings;

namespace SaddleEscape.Optimizers;

/// <summary>The parameters of the saddle-free Newton method (Dauphin, Pascanu, Gulcehre, Cho, Ganguli &amp; Bengio 2014).</summary>
/// <param name="Damping">δ: the step solves (|Ĥ| + δI)s = −g, keeping it finite where |Ĥ| is nearly singular.</param>
/// <param name="KrylovDimension">k, the Krylov subspace dimension of Dauphin et al.'s low-rank version.</param>
/// <param name="MaxStep">Largest step length tried along a negative-curvature direction at g ≈ 0 (then halved until f drops).</param>
/// <param name="GradientFloor">Below this ‖g‖ the step runs along the most negative direction instead of −|Ĥ|⁻¹g.</param>
public sealed record SaddleFreeNewtonSettings(
    [property: Setting("damping", "δ, added to |Λ|")] double Damping = 1e-3,
    [property: Setting("krylov_dim", "k, the Krylov subspace dimension")] int KrylovDimension = 20,
    [property: Setting("max_step", "first step length tried along negative curvature at g ≈ 0")] double MaxStep = 1,
    [property: Setting("g_floor", "below this ‖g‖ use the most negative direction")] double GradientFloor = 1e-8) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public SaddleFreeNewtonSettings Validate()
    {
        ParameterGuard.Positive("saddle-free-newton", "damping", Damping);
        ParameterGuard.AtLeast("saddle-free-newton", "krylov_dim", KrylovDimension, 1);
        ParameterGuard.Positive("saddle-free-newton", "max_step", MaxStep);
        ParameterGuard.NonNegative("saddle-free-newton", "g_floor", GradientFloor);
        return this;
    }
}
