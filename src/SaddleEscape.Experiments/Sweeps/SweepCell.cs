namespace SaddleEscape.Experiments.Sweeps;

/// <summary>The runs of one grid cell (all seeds), summarised.</summary>
/// <param name="Job">A job of the cell (its settings; the seed is not part of the cell).</param>
/// <param name="Runs">Runs.</param>
/// <param name="LocalMinFraction">Fraction certified local-min.</param>
/// <param name="Converged">Runs that stopped by a convergence rule.</param>
/// <param name="MedianIterations">Median iterations, non-converged runs counted as +∞.</param>
/// <param name="MedianGradientEvaluations">Median gradient evaluations, likewise censored.</param>
/// <param name="MedianRecoveryError">Median recovery error (NaN without ground truth).</param>
/// <param name="MedianMetric">Median of the sweep's metric (censored when the metric is a cost).</param>
/// <param name="MetricQ1">Its first quartile.</param>
/// <param name="MetricQ3">Its third quartile.</param>
public sealed record SweepCell(
    SweepJob Job, int Runs, double LocalMinFraction, int Converged, double MedianIterations, double MedianGradientEvaluations,
    double MedianRecoveryError, double MedianMetric, double MetricQ1, double MetricQ3);
