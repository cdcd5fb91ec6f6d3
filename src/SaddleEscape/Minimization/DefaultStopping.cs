using SaddleEscape.Optimizers;

namespace SaddleEscape.Minimization;

/// <summary>
/// The stopping rule a run gets when none is given. A method built to escape saddles
/// (<see cref="Optimizer.EscapesSaddles"/>) stops at an (ε, √(ρε)) second-order stationary point (Jin et al. 2017 Def. 4;
/// Farrell &amp; Quintero Peña 2019 Def. 3) or after <see cref="MinimizerOptions.MaxIterations"/> — never on ‖g‖ alone, which
/// would end it before its first step at a saddle (g = 0), as every classical solver does. Other methods (GD, SGD) stop on
/// ‖grad f‖ ≤ ε, so that plain GD started on a saddle's stable manifold ends there and its certificate says so.
/// ε is <see cref="MinimizerOptions.Tolerance"/>; ρ is the problem's (<see cref="OptimizerHints.HessianLipschitz"/>), else 1.
/// </summary>
public static class DefaultStopping
{
    /// <summary>ρ when the problem does not state one.</summary>
    public const double FallbackHessianLipschitz = 1;

    /// <summary>The default rule for <paramref name="optimizer"/> under <paramref name="options"/>.</summary>
    public static StoppingRule For(Optimizer optimizer, MinimizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(options);
        var cap = StoppingRule.AfterIterations(options.MaxIterations);
        return optimizer.EscapesSaddles
            ? cap | StoppingRule.AtSecondOrderStationaryPoint(options.Tolerance, options.Hints.HessianLipschitz ?? FallbackHessianLipschitz)
            : cap | StoppingRule.WhenGradientNormBelow(options.Tolerance);
    }
}
