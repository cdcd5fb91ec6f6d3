namespace SaddleEscape.Experiments.Standalone;

/// <summary>
/// The <c>summary.json</c> contract (snake_case on disk): the fields every user script may rely on, then extensions.
/// Non-finite numbers are written as null. <see cref="OptimizerSettings"/> is the optimiser's settings record as
/// built (theory formulas and problem recommendations applied); <see cref="OptimizerOptions"/> the key=value
/// options it was built from.
/// </summary>
public sealed record RunSummary
{
    /// <summary>Problem name.</summary>
    public required string Problem { get; init; }
    /// <summary>Optimizer name.</summary>
    public required string Optimizer { get; init; }
    /// <summary>The problem size (<c>--dim</c>).</summary>
    public required int Dim { get; init; }
    /// <summary>Seed.</summary>
    public required int Seed { get; init; }
    /// <summary>Iterations taken.</summary>
    public required long Iterations { get; init; }
    /// <summary>Gradient evaluations charged to the optimiser (stochastic ones in gradient equivalents).</summary>
    public required long GradientEvaluations { get; init; }
    /// <summary>Hessian-vector products: the optimiser's and the certificate's.</summary>
    public required long HvpEvaluations { get; init; }
    /// <summary>f at the final point.</summary>
    public required double? FinalValue { get; init; }
    /// <summary>‖grad f‖ at the final point.</summary>
    public required double? FinalGradNorm { get; init; }
    /// <summary>Smallest (Riemannian) Hessian eigenvalue at the final point.</summary>
    public required double? LambdaMin { get; init; }
    /// <summary>local-min, strict-saddle, degenerate or not-stationary (and not-certified, only with <c>--certificate off</c> at a point below the gradient tolerance).</summary>
    public required string Classification { get; init; }
    /// <summary>For a local-min with f* known: "global" or "spurious" (f − f* against the certificate's value tolerance); "not-applicable" for other classifications; "unknown" without f*.</summary>
    public string? Optimality { get; init; }

    /// <summary>f − f* at the final point, when f* is known.</summary>
    public double? OptimalityGap { get; init; }

    /// <summary>The continuous symmetry the certificate projected out (e.g. "U ↦ UQ, Q ∈ O(3)"), or null.</summary>
    public string? Symmetry { get; init; }

    /// <summary>How many orbit directions the certificate projected out (0 without a symmetry).</summary>
    public int SymmetryDirections { get; init; }

    /// <summary>The certificate in one line (classification, symmetry, global/spurious), as <c>saddle run</c> prints it.</summary>
    public string? CertificateSummary { get; init; }

    /// <summary>Perturbation events.</summary>
    public required int Perturbations { get; init; }
    /// <summary>Successful escapes.</summary>
    public required int Escapes { get; init; }
    /// <summary>Distance to the ground truth (null when the problem has none).</summary>
    public required double? RecoveryError { get; init; }
    /// <summary>Wall time, certificate included.</summary>
    public required double WallSeconds { get; init; }
    /// <summary>Why the run stopped (kebab-case).</summary>
    public required string StopReason { get; init; }

    // Extensions beyond the contract's minimum.
    /// <summary>Length of the flat point.</summary>
    public int Parameters { get; init; }
    /// <summary>One sentence for diverged / left-domain stops.</summary>
    public string? StopDetail { get; init; }
    /// <summary>Largest Hessian eigenvalue.</summary>
    public double? LambdaMax { get; init; }
    /// <summary>Lanczos residual of λ_min.</summary>
    public double? LambdaMinResidual { get; init; }
    /// <summary>Certificate gradient tolerance.</summary>
    public double? GradientTolerance { get; init; }
    /// <summary>Certificate eigenvalue tolerance (absolute).</summary>
    public double? EigenvalueTolerance { get; init; }
    /// <summary>HVPs the certificate used.</summary>
    public int? LanczosSteps { get; init; }
    /// <summary>True for analytic HVPs, false for finite differences.</summary>
    public bool? ExactHessian { get; init; }
    /// <summary>The certificate's mode: off, fast or full.</summary>
    public string Certificate { get; init; } = "full";
    /// <summary>The Lanczos step cap that applied (domain, mode or memory budget).</summary>
    public int? CertificateStepLimit { get; init; }
    /// <summary>True when the memory budget (a quarter of the available memory by default) lowered that cap.</summary>
    public bool? CertificateLimitedByMemory { get; init; }
    /// <summary>Why a requested certificate was skipped (too little free memory), or null.</summary>
    public string? CertificateNote { get; init; }
    /// <summary>HVPs of the certificate alone.</summary>
    public long CertificateHvpEvaluations { get; init; }
    /// <summary>Mini-batch gradient calls.</summary>
    public long StochasticGradientEvaluations { get; init; }
    /// <summary>Sample gradients summed over mini-batches.</summary>
    public long SampleGradients { get; init; }
    /// <summary>Function values charged to the optimiser.</summary>
    public long FunctionEvaluations { get; init; }
    /// <summary>f*, when known.</summary>
    public double? GlobalMinimum { get; init; }
    /// <summary>What the recovery error measures.</summary>
    public string? RecoveryErrorDefinition { get; init; }
    /// <summary>The manifold the run was on.</summary>
    public required string Manifold { get; init; }
    /// <summary>One line on the optimiser as built.</summary>
    public required string OptimizerDescription { get; init; }
    /// <summary>Every --set parameter as used.</summary>
    public required IReadOnlyDictionary<string, string> ProblemSettings { get; init; }
    /// <summary>The optimiser's settings record as built.</summary>
    public required object OptimizerSettings { get; init; }
    /// <summary>The key=value options it was built from (given, recommended by the problem, defaults).</summary>
    public required IReadOnlyDictionary<string, string> OptimizerOptions { get; init; }
    /// <summary>point.json, the final point (readable by --init).</summary>
    public string? PointFile { get; init; }
    /// <summary>escape-direction.json, the bottom eigenvector when the certificate found negative curvature.</summary>
    public string? EscapeDirectionFile { get; init; }
    /// <summary>Where the run started.</summary>
    public required string Start { get; init; }
    /// <summary>Escape outcomes and other events with their f change (perturbations omitted).</summary>
    public IReadOnlyList<EventSummary> Events { get; init; } = [];
}
