using SaddleEscape.Landscape;

namespace SaddleEscape.Minimization;

/// <summary>How <see cref="Minimizer.Run"/> runs: stopping rule, randomness, monitoring, progress, certificate.</summary>
public sealed record MinimizerOptions
{
    /// <summary>When to stop (default: 10 000 iterations or ‖grad f‖ ≤ 1e-10).</summary>
    public StoppingRule Stop { get; init; } = StoppingRule.AfterIterations(10_000) | StoppingRule.WhenGradientNormBelow(1e-10);

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
