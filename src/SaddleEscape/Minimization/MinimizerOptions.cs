using SaddleEscape.Landscape;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Minimization;

/// <summary>How <see cref="Minimizer.Run"/> runs: stopping rule, randomness, monitoring, progress, certificate.</summary>
public sealed record MinimizerOptions
{
    /// <summary>
    /// When to stop; null (the default) takes the optimiser's default rule (<see cref="DefaultStopping"/>): for methods that
    /// escape saddles, <see cref="MaxIterations"/> or an (ε, √(ρε)) second-order stationary point, never ‖g‖ alone; for the
    /// others (GD, SGD), <see cref="MaxIterations"/> or ‖grad f‖ ≤ ε.
    /// </summary>
    public StoppingRule? Stop { get; init; }

    /// <summary>The default rule's iteration cap.</summary>
    public long MaxIterations { get; init; } = 100_000;

    /// <summary>ε of the default rule: the gradient tolerance of a second-order (or, for GD, first-order) stationary point.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>What the problem knows (suggested step, ρ) for settings left "auto" and for the default rule's √(ρε).</summary>
    public OptimizerHints Hints { get; init; } = OptimizerHints.None;

    /// <summary>Seed of the run's single random source: same seed, same bits.</summary>
    public int Seed { get; init; }

    /// <summary>For stochastic optimisers: evaluate the true f and gradient (uncharged) every this many iterations.</summary>
    public int MonitorEvery { get; init; } = 1;

    /// <summary>Progress callback, called every <see cref="ProgressEvery"/> iterations with a snapshot.</summary>
    public Action<MinimizerProgress>? Progress { get; init; }

    /// <summary>Iterations between progress callbacks.</summary>
    public int ProgressEvery { get; init; } = 1000;

    /// <summary>Cancels the run between steps (stop reason "cancelled").</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Certificate settings; null (or mode off) skips the certificate.</summary>
    public CertificateOptions? Certificate { get; init; } = new();

    /// <summary>Plain trace rows kept at most (see <see cref="Trace"/>).</summary>
    public int TraceMaxRows { get; init; } = 20_000;
}
