namespace SaddleEscape.Cli;

/// <summary>The <c>summary.json</c> contract (snake_case on disk). Non-finite numbers are written as null.</summary>
internal sealed record RunSummary
{
    public required string Problem { get; init; }
    public required string Optimizer { get; init; }
    public required int Dim { get; init; }
    public required int Seed { get; init; }
    public required long Iterations { get; init; }
    public required long GradientEvaluations { get; init; }
    public required long HvpEvaluations { get; init; }
    public required double? FinalValue { get; init; }
    public required double? FinalGradNorm { get; init; }
    public required double? LambdaMin { get; init; }
    public required string Classification { get; init; }
    public required int Perturbations { get; init; }
    public required int Escapes { get; init; }
    public required double? RecoveryError { get; init; }
    public required double WallSeconds { get; init; }
    public required string StopReason { get; init; }

    // Extensions beyond the contract's minimum.
    public int Parameters { get; init; }
    public string? StopDetail { get; init; }
    public double? LambdaMax { get; init; }
    public double? LambdaMinResidual { get; init; }
    public double? GradientTolerance { get; init; }
    public double? EigenvalueTolerance { get; init; }
    public int? LanczosSteps { get; init; }
    public bool? ExactHessian { get; init; }
    public long CertificateHvpEvaluations { get; init; }
    public long StochasticGradientEvaluations { get; init; }
    public long SampleGradients { get; init; }
    public long FunctionEvaluations { get; init; }
    public double? GlobalMinimum { get; init; }
    public string? RecoveryErrorDefinition { get; init; }
    public required string Manifold { get; init; }
    public required string OptimizerDescription { get; init; }
    public required IReadOnlyDictionary<string, string> ProblemSettings { get; init; }
    public required IReadOnlyDictionary<string, string> OptimizerSettings { get; init; }
    public required string Start { get; init; }
    public IReadOnlyList<EventSummary> Events { get; init; } = [];
}

/// <summary>One event in <c>summary.json</c> (escape outcomes with their f change).</summary>
internal sealed record EventSummary(long Iteration, string Kind, double? ValueChange);
