namespace SaddleEscape.Torch.Experiments;

/// <summary>One training run: the optimiser (r = 0 for SGD), the trial, the per-epoch metrics, its wall time and, for a few runs, the Hessian at the end.</summary>
/// <param name="Radius">PSGD radius r; 0 for plain SGD.</param>
/// <param name="Trial">Trial index (shared initialisation across optimisers).</param>
/// <param name="Epochs">Metrics after each epoch.</param>
/// <param name="WallSeconds">Training time.</param>
/// <param name="Hessian">End-point Hessian summary, when computed.</param>
public sealed record TrainingRun(double Radius, int Trial, IReadOnlyList<EpochMetrics> Epochs, double WallSeconds, HessianSummary? Hessian = null)
{
    /// <summary>"SGD" or "PSGD r=…".</summary>
    public string Optimizer => Radius == 0 ? "SGD" : FormattableString.Invariant($"PSGD r={Radius:G3}");
}
