using SaddleEscape.Torch.Training;
using System.Globalization;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>One training run: the optimiser (r = 0 for SGD), the trial, the per-epoch metrics, its wall time and, for a few runs, the Hessian at the end.</summary>
/// <param name="Radius">PSGD radius r; 0 for plain SGD.</param>
/// <param name="Trial">Trial index (shared initialisation across optimisers).</param>
/// <param name="Epochs">Metrics after each epoch.</param>
/// <param name="TrainingSeconds">Training time.</param>
/// <param name="Hessian">End-point Hessian, when computed.</param>
/// <param name="ChanceAccuracy">Test accuracy of always guessing the most frequent test class.</param>
/// <param name="Baseline">True for the sanity baseline (cross-entropy and Adam).</param>
public sealed record PsgdRecord(double Radius, int Trial, IReadOnlyList<EpochMetrics> Epochs, double TrainingSeconds, HessianRecord? Hessian = null, double ChanceAccuracy = 0.1, bool Baseline = false)
{
    /// <summary>The baseline's name in tables.</summary>
    public const string BaselineName = "cross-entropy + Adam (baseline)";

    /// <summary>"SGD" or "PSGD r=…".</summary>
    [JsonIgnore]
    public string Optimizer => Baseline ? BaselineName : NameOf(Radius);

    /// <summary>The final epoch's metrics.</summary>
    [JsonIgnore]
    public EpochMetrics Final => Epochs[^1];

    /// <summary>"SGD" for r = 0, else "PSGD r=…".</summary>
    public static string NameOf(double radius) => radius == 0 ? "SGD" : string.Create(CultureInfo.InvariantCulture, $"PSGD r={radius:G3}");
}
