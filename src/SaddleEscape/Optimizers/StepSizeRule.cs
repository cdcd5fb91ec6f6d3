using SaddleEscape.Landscape;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The step size of a run whose settings leave η "auto": the problem's suggested step where the run has one
/// (<see cref="OptimizerHints.StepSize"/>), otherwise η = 1/(2ℓ̂) with ℓ̂ = max(|λ_min|, |λ_max|) of the (Riemannian)
/// Hessian at the start, estimated by Lanczos on Hessian-vector products (at most <see cref="LanczosSteps"/> of them,
/// charged to the run). Gradient descent is stable for η &lt; 2/ℓ, so 1/(2ℓ̂) leaves room for the curvature to grow fourfold
/// along the run before a step overshoots. Where the Hessian at the start is numerically zero there is no curvature scale
/// to read, and η = 1 is used (said so in <see cref="StepSizeResolution.Source"/>).
/// </summary>
public static class StepSizeRule
{
    /// <summary>Lanczos steps the estimate may take (HVPs charged to the run).</summary>
    public const int LanczosSteps = 30;

    /// <summary>η for a run from <see cref="OptimizationState.X"/>: <paramref name="given"/> if set, else the hint, else the estimate.</summary>
    public static StepSizeResolution Resolve(double? given, OptimizationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (given is { } eta)
        {
            return new StepSizeResolution(eta, "given");
        }

        if (state.Hints.StepSize is { } suggested)
        {
            return new StepSizeResolution(suggested, "the problem's suggested step");
        }

        var op = new RiemannianHessianOperator(state.Oracle, state.Manifold, state.X);
        var eig = Lanczos.ExtremeEigenpairs(op, new LanczosOptions(MaxSteps: LanczosSteps, FullSpaceLimit: LanczosSteps, Tolerance: 1e-6));
        double curvature = Math.Max(Math.Abs(eig.MinEigenvalue), Math.Abs(eig.MaxEigenvalue));
        if (!(curvature > 1e-12) || !double.IsFinite(curvature))
        {
            return new StepSizeResolution(1, "1 (the Hessian at the start is numerically zero: no curvature scale to read)");
        }

        return new StepSizeResolution(1 / (2 * curvature), string.Create(CultureInfo.InvariantCulture,
            $"1/(2ℓ̂), ℓ̂ = max|λ| = {curvature:G4} of the Hessian at the start ({eig.Steps} Lanczos HVPs)"));
    }
}
