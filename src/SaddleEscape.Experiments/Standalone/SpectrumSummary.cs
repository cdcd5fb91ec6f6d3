namespace SaddleEscape.Experiments.Standalone;

/// <summary><c>spectrum.json</c>: the Hessian's spectrum at a point of a catalogue problem (snake_case on disk).</summary>
public sealed record SpectrumSummary
{
    /// <summary>Problem name.</summary>
    public required string Problem { get; init; }
    /// <summary>The problem size.</summary>
    public required int Dim { get; init; }
    /// <summary>Seed of the instance.</summary>
    public required int Seed { get; init; }
    /// <summary>Where the point came from.</summary>
    public required string Point { get; init; }
    /// <summary>f at the point.</summary>
    public required double? Value { get; init; }
    /// <summary>‖grad f‖ (Riemannian) at the point.</summary>
    public required double? GradNorm { get; init; }
    /// <summary>Dimension of the space the Hessian acts on (tangent space).</summary>
    public required int TangentDimension { get; init; }
    /// <summary>The smallest eigenvalues, ascending.</summary>
    public required IReadOnlyList<double> Bottom { get; init; }
    /// <summary>Their Lanczos residuals.</summary>
    public required IReadOnlyList<double> BottomResiduals { get; init; }
    /// <summary>The largest eigenvalues, descending.</summary>
    public required IReadOnlyList<double> Top { get; init; }
    /// <summary>Their residuals.</summary>
    public required IReadOnlyList<double> TopResiduals { get; init; }
    /// <summary>Eigenvalues below −zero_tolerance (the index at a critical point).</summary>
    public required int Negative { get; init; }
    /// <summary>Eigenvalues in [−zero_tolerance, zero_tolerance] (the nullity).</summary>
    public required int NearZero { get; init; }
    /// <summary>Eigenvalues above zero_tolerance.</summary>
    public required int Positive { get; init; }
    /// <summary>The absolute tolerance of "zero".</summary>
    public required double ZeroTolerance { get; init; }
    /// <summary>True when the counts come from the whole spectrum; false when estimated by SLQ.</summary>
    public required bool CountsExact { get; init; }
    /// <summary>Trace of the Hessian (exact, or Hutchinson's estimate).</summary>
    public required double Trace { get; init; }
    /// <summary>Standard error of the trace (0 when exact).</summary>
    public required double TraceStandardError { get; init; }
    /// <summary>SLQ probes.</summary>
    public required int Probes { get; init; }
    /// <summary>Lanczos steps per probe.</summary>
    public required int Steps { get; init; }
    /// <summary>Hessian-vector products used in all.</summary>
    public required long HvpEvaluations { get; init; }
    /// <summary>Wall time.</summary>
    public required double WallSeconds { get; init; }
}
