using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>
/// A run on the octopus until f − f* ≤ tolerance or the cap (no certificate), as the octopus-escape and escape-time
/// experiments make it (Du et al. 2017), with whether it arrived and whether it is stuck at an underflowed escape coordinate.
/// </summary>
/// <param name="Result">The minimiser's result.</param>
/// <param name="Reached">True when the target stopped the run.</param>
/// <param name="StuckAtUnderflow">
/// A run that did not arrive and sits at a saddle whose escape coordinate is below the smallest positive normal double
/// (subnormal or 0): there a GD step multiplies it by 1 + 2ηγ ≈ 1.18, which rounds back to the same number.
/// </param>
/// <param name="GlobalMinimum">f*.</param>
public sealed record OctopusTargetRun(MinimizationResult Result, bool Reached, bool StuckAtUnderflow, double GlobalMinimum)
{
    /// <summary>Runs <paramref name="optimizer"/> on <paramref name="instance"/> (an octopus) from its seeded start.</summary>
    public static OctopusTargetRun Execute(ProblemInstance instance, Optimizer optimizer, int seed, long maxIterations, double tolerance, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double fStar = instance.Truth!.GlobalMinimum!.Value;
        var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, optimizer, instance.Start, new MinimizerOptions
        {
            Seed = seed,
            Certificate = null,
            TraceMaxRows = 64,
            Stop = StoppingRule.AfterIterations(maxIterations) | StoppingRule.WhenValueBelow(fStar + tolerance),
            Cancellation = cancellation,
        });
        bool reached = result.StopReason.Code == StopCode.TargetValue;
        var octopus = (OctopusFunction)instance.Objective;
        int region = octopus.Region(result.X);
        bool stuck = !reached && region < octopus.Dimension && Math.Abs(result.X[region]) < 2.2250738585072014E-308;
        return new OctopusTargetRun(result, reached, stuck, fStar);
    }
}
