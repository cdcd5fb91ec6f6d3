namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>Mean and sample standard deviation per epoch over the trials of one optimiser, for the four metrics.</summary>
/// <param name="Radius">r (0: SGD).</param>
/// <param name="Trials">Trials.</param>
/// <param name="TestAccuracy">(mean, std) per epoch.</param>
/// <param name="TrainAccuracy">(mean, std) per epoch.</param>
/// <param name="TestLoss">(mean, std) per epoch.</param>
/// <param name="TrainLoss">(mean, std) per epoch.</param>
public sealed record OptimizerCurves(
    double Radius, int Trials, IReadOnlyList<(double Mean, double Std)> TestAccuracy, IReadOnlyList<(double Mean, double Std)> TrainAccuracy,
    IReadOnlyList<(double Mean, double Std)> TestLoss, IReadOnlyList<(double Mean, double Std)> TrainLoss)
{
    /// <summary>"SGD" or "PSGD r=…".</summary>
    public string Optimizer => PsgdRecord.NameOf(Radius);
}
