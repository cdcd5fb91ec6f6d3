namespace SaddleEscape.Landscape;

/// <summary>Tolerances of the second-order certificate, how much work it may do, and how much memory it may hold.</summary>
/// <param name="GradientTolerance">Absolute: stationary when ‖grad f‖ ≤ this.</param>
/// <param name="EigenvalueTolerance">Relative: eigenvalues within ±this·max(1, |λ_max|) of 0 count as zero.</param>
/// <param name="Lanczos">Settings of the eigenvalue solver in <see cref="CertificateMode.Full"/> mode (null: <see cref="LanczosOptions"/>' defaults).</param>
public sealed record CertificateOptions(double GradientTolerance = 1e-6, double EigenvalueTolerance = 1e-6, LanczosOptions? Lanczos = null)
{
    /// <summary>Lanczos steps at most in <see cref="CertificateMode.Fast"/> mode.</summary>
    public const int FastSteps = 40;

    /// <summary>Off, fast or full (default full). Off: no certificate is computed.</summary>
    public CertificateMode Mode { get; init; } = CertificateMode.Full;

    /// <summary>
    /// Bytes the Lanczos basis may hold (null: <see cref="DefaultMemoryBudget"/>). The Krylov dimension is capped at
    /// ⌊budget / (8n)⌋ − 2 steps, never below 2; the certificate records when the cap bit.
    /// </summary>
    public long? MemoryBudgetBytes { get; init; }

    /// <summary>Called after each Lanczos step with (steps done, step cap).</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>Memory free to this process now: the memory available to it (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>) less the managed heap in use.</summary>
    public static long FreeMemory => Math.Max(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false), 0);

    /// <summary>The default memory budget of the Lanczos basis: a quarter of <see cref="FreeMemory"/> (at least 64 MiB).</summary>
    public static long DefaultMemoryBudget => Math.Max(FreeMemory / 4, 64L << 20);

    /// <summary>The Lanczos settings this mode, budget and progress callback give.</summary>
    public LanczosOptions EffectiveLanczos() => (Mode == CertificateMode.Fast
            ? new LanczosOptions(MaxSteps: FastSteps, FullSpaceLimit: FastSteps, Tolerance: 1e-8, Seed: Lanczos?.Seed ?? 12345)
            : Lanczos ?? new LanczosOptions()) with
    {
        MaxBasisBytes = MemoryBudgetBytes ?? Lanczos?.MaxBasisBytes ?? DefaultMemoryBudget,
        Progress = Progress ?? Lanczos?.Progress,
    };

    /// <summary>Throws a clear <see cref="ArgumentException"/> when a tolerance is not a positive finite number.</summary>
    public CertificateOptions Validate()
    {
        if (!(GradientTolerance > 0) || !double.IsFinite(GradientTolerance))
        {
            throw new ArgumentException($"certificate gradient tolerance must be a finite number > 0 (got {GradientTolerance})", nameof(GradientTolerance));
        }

        if (!(EigenvalueTolerance > 0) || !double.IsFinite(EigenvalueTolerance))
        {
            throw new ArgumentException($"certificate eigenvalue tolerance must be a finite number > 0 (got {EigenvalueTolerance})", nameof(EigenvalueTolerance));
        }

        if (MemoryBudgetBytes is < 1)
        {
            throw new ArgumentException($"certificate memory budget must be ≥ 1 byte (got {MemoryBudgetBytes})", nameof(MemoryBudgetBytes));
        }

        return this;
    }
}
