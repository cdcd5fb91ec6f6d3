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

    /// <summary>
    /// The problem's continuous symmetry (null: none declared, today's behaviour). When set, the certificate projects the
    /// orbit's tangent directions out of the Hessian before Lanczos, so a minimum flat only along its orbit can be certified
    /// a local minimum "up to" the symmetry (see <see cref="SecondOrderCertificate"/> for the rule and why it is sound).
    /// </summary>
    public ContinuousSymmetry? Symmetry { get; init; }

    /// <summary>
    /// Relative tolerance of the orbit basis (<see cref="ContinuousSymmetry.Orthonormalize"/>): a generator whose remainder
    /// after Gram–Schmidt is ≤ this times the largest generator's norm is dropped.
    /// </summary>
    public double SymmetryRankTolerance { get; init; } = ContinuousSymmetry.DefaultRankTolerance;

    /// <summary>
    /// f*, the global minimum value, when known (null: unknown, today's behaviour). A point classified a local minimum is
    /// then called global when f − f* ≤ <see cref="ValueTolerance"/>·max(1, |f*|) and spurious otherwise.
    /// </summary>
    public double? KnownMinimum { get; init; }

    /// <summary>τ of the global/spurious rule f − f* ≤ τ·max(1, |f*|): absolute for |f*| ≤ 1, relative above.</summary>
    public double ValueTolerance { get; init; } = 1e-8;

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

    /// <summary>Throws a clear <see cref="ArgumentException"/> when a tolerance is not a positive finite number (or f* not finite).</summary>
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

        if (!(ValueTolerance > 0) || !double.IsFinite(ValueTolerance))
        {
            throw new ArgumentException($"certificate value tolerance must be a finite number > 0 (got {ValueTolerance})", nameof(ValueTolerance));
        }

        if (KnownMinimum is { } fStar && !double.IsFinite(fStar))
        {
            throw new ArgumentException($"the known minimum f* must be a finite number (got {fStar})", nameof(KnownMinimum));
        }

        if (!(SymmetryRankTolerance > 0 && SymmetryRankTolerance < 1))
        {
            throw new ArgumentException($"certificate symmetry rank tolerance must be in (0, 1) (got {SymmetryRankTolerance})", nameof(SymmetryRankTolerance));
        }

        if (MemoryBudgetBytes is < 1)
        {
            throw new ArgumentException($"certificate memory budget must be ≥ 1 byte (got {MemoryBudgetBytes})", nameof(MemoryBudgetBytes));
        }

        return this;
    }
}
