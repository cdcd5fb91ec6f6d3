using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>What the NN-LIFT analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every run.</param>
/// <param name="Cells">Per (d, method) over seeds.</param>
/// <param name="Curve">Per (estimator, n) of the sample-size study.</param>
/// <param name="Fourier">Per d: the Fourier method's b₁ error given the true directions (mean, std) and a uniform guess's expected error (mean).</param>
/// <param name="Slopes">Per estimator: least-squares slope of log₁₀(median error) against log₁₀ n over the sample sizes with median error below 0.5 (NaN with fewer than two).</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (<see cref="NeuralLiftVerdicts"/>; the report only renders them).</param>
public sealed record NeuralLiftSummary(
    NeuralLiftSettings Settings, IReadOnlyList<NeuralLiftRecord> Runs, IReadOnlyList<NeuralLiftCell> Cells, IReadOnlyList<SampleSizePoint> Curve,
    IReadOnlyDictionary<MomentEstimator, double> Slopes, IReadOnlyDictionary<int, ((double Mean, double Std) Error, double Guess)> Fourier,
    IReadOnlyList<ClaimVerdict> Verdicts)
{
    /// <summary>The cell of (d, method).</summary>
    public NeuralLiftCell Cell(int dimension, TableMethod method) => Cells.First(c => c.Dimension == dimension && c.Method == method);
}
