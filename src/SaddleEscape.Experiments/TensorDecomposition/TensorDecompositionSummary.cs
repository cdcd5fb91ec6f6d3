using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>What the tensor-decomposition analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every run, in job order.</param>
/// <param name="Cells">Per (method, d, noise).</param>
/// <param name="OptimizerRuns">Optimiser runs in all.</param>
/// <param name="StrictSaddleEnds">Optimiser runs that ended at a certified strict saddle.</param>
/// <param name="MedianLambdaMinAtRecoveredExact">Median λ_min at the certified local minima of exact T.</param>
/// <param name="PagdCertified">PAGD (NCE on) runs certified local-min, and runs.</param>
/// <param name="PagdNceOffCertified">PAGD with NCE off: certified, and runs.</param>
/// <param name="NoisyMedianErrors">Per method: median final error over the noisy runs of the largest d.</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (<see cref="TensorDecompositionVerdicts"/>; the report only renders them).</param>
public sealed record TensorDecompositionSummary(
    TensorDecompositionSettings Settings, IReadOnlyList<TensorDecompositionRecord> Runs, IReadOnlyList<TensorDecompositionCell> Cells,
    int OptimizerRuns, int StrictSaddleEnds, double MedianLambdaMinAtRecoveredExact, (int Certified, int Runs) PagdCertified,
    (int Certified, int Runs) PagdNceOffCertified, IReadOnlyDictionary<string, double> NoisyMedianErrors,
    IReadOnlyList<ClaimVerdict> Verdicts)
{
    /// <summary>The cell of (<paramref name="method"/>, <paramref name="d"/>, <paramref name="noisy"/>).</summary>
    public TensorDecompositionCell Cell(string method, int d, bool noisy) => Cells.First(c => c.Method == method && c.Dimension == d && c.Noisy == noisy);
}
