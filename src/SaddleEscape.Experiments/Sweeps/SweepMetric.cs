namespace SaddleEscape.Experiments.Sweeps;

/// <summary>The metrics a sweep can plot, and how each is read from a run.</summary>
public static class SweepMetric
{
    /// <summary>Metric name → (value of a run, whether it is censored when the run did not converge).</summary>
    public static IReadOnlyDictionary<string, (Func<SweepRecord, double> Value, bool Censored)> All { get; } = new Dictionary<string, (Func<SweepRecord, double>, bool)>(StringComparer.Ordinal)
    {
        ["iterations"] = (r => r.Iterations, true),
        ["gradient_evaluations"] = (r => r.GradientEvaluations, true),
        ["hvp_evaluations"] = (r => r.HvpEvaluations, true),
        ["recovery_error"] = (r => r.RecoveryError ?? double.NaN, false),
        ["final_value"] = (r => r.FinalValue ?? double.NaN, false),
        ["final_grad_norm"] = (r => r.FinalGradNorm ?? double.NaN, false),
        ["wall_seconds"] = (r => r.WallSeconds, false),
        ["local_min"] = (r => r.Classification == "local-min" ? 1 : 0, false),
    };
}
