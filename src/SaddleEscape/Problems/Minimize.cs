using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>
/// One-call runs: <c>new PerturbedGradientDescent().Run(problem, x0)</c>. Defaults throughout — the optimiser's settings
/// (step size derived when not given), its default stopping rule (an (ε, √(ρε)) second-order point for the methods that
/// escape saddles, with ρ from the problem), and a certificate of the final point that sees the problem's symmetry and says
/// global or spurious where f* is known — and the same typed
/// <see cref="MinimizationResult"/> as <see cref="Minimizer.Run"/>, the lower layer, which stays for those who want it.
/// </summary>
public static class Minimize
{
    /// <summary>Minimises <paramref name="problem"/> with <paramref name="optimizer"/> from <paramref name="start"/>.</summary>
    public static MinimizationResult With(Optimizer optimizer, Problem problem, ReadOnlySpan<double> start, MinimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new MinimizerOptions();
        var hints = new OptimizerHints(options.Hints.StepSize ?? problem.SuggestedStepSize, options.Hints.HessianLipschitz ?? problem.Smoothness?.HessianLipschitz);
        var certificate = options.Certificate is null ? null : options.Certificate with
        {
            Symmetry = options.Certificate.Symmetry ?? problem.Symmetry,
            KnownMinimum = options.Certificate.KnownMinimum ?? problem.KnownMinimum,
        };
        return Minimizer.Run(new Oracle(problem.Objective, problem.Stochastic), problem.Manifold, optimizer, start, options with { Hints = hints, Certificate = certificate });
    }

    /// <summary>Minimises <paramref name="problem"/> with this optimiser from <paramref name="start"/> (<see cref="With"/>).</summary>
    public static MinimizationResult Run(this Optimizer optimizer, Problem problem, ReadOnlySpan<double> start, MinimizerOptions? options = null) =>
        With(optimizer, problem, start, options);
}
