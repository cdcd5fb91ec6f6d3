namespace SaddleEscape.Experiments.Sweeps;

/// <summary>What one sweep run produced: the <c>summary.json</c> numbers of a <c>saddle run</c>.</summary>
/// <param name="Dim">Problem size.</param>
/// <param name="Iterations">Iterations.</param>
/// <param name="GradientEvaluations">Gradient evaluations.</param>
/// <param name="HvpEvaluations">HVPs (optimiser and certificate).</param>
/// <param name="FinalValue">Final f.</param>
/// <param name="FinalGradNorm">Final ‖grad f‖.</param>
/// <param name="LambdaMin">Final λ_min.</param>
/// <param name="Classification">Certificate.</param>
/// <param name="RecoveryError">Recovery error (null without ground truth).</param>
/// <param name="StopReason">Stop reason.</param>
/// <param name="Converged">Stopped by a convergence rule (target, tolerance, second-order point, the optimiser's own) rather than a budget or divergence.</param>
/// <param name="Perturbations">Perturbations.</param>
/// <param name="Escapes">Escapes.</param>
/// <param name="WallSeconds">Wall time.</param>
public sealed record SweepRecord(
    int Dim, long Iterations, long GradientEvaluations, long HvpEvaluations, double? FinalValue, double? FinalGradNorm, double? LambdaMin,
    string Classification, double? RecoveryError, string StopReason, bool Converged, int Perturbations, int Escapes, double WallSeconds);
