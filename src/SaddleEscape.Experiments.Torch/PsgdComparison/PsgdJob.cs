using SaddleEscape.Torch.Models;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>One training run: SGD (r = 0) or PSGD with radius r, trial k, on the named data set.</summary>
/// <param name="Model">"mlp" or "cnn".</param>
/// <param name="Data">The data folder (null: Debian's Fashion-MNIST).</param>
/// <param name="Radius">PSGD radius r; 0 for plain SGD.</param>
/// <param name="Trial">Trial k: every optimiser of trial k starts from the same initialisation and batch order.</param>
/// <param name="BaseSeed">Base seed.</param>
/// <param name="Epochs">Epochs.</param>
/// <param name="BatchSize">Mini-batch size.</param>
/// <param name="LearningRate">η.</param>
/// <param name="TrainSubset">Training images used (0 = all).</param>
/// <param name="TestSubset">Test images used (0 = all).</param>
/// <param name="Loss">Training loss.</param>
/// <param name="Hessian">Whether the end point is certified with the Hessian.</param>
/// <param name="HessianBatch">Training images in the Hessian's fixed batch.</param>
/// <param name="HessianSteps">Lanczos steps.</param>
/// <param name="HessianProbes">SLQ probes.</param>
/// <param name="Baseline">The sanity baseline: cross-entropy and Adam (lr 1e-3) instead of the paper's loss and SGD/PSGD.</param>
/// <param name="Initialization">How the network starts.</param>
public sealed record PsgdJob(
    string Model, string? Data, double Radius, int Trial, int BaseSeed, int Epochs, int BatchSize, double LearningRate, int TrainSubset, int TestSubset,
    ClassificationLoss Loss, bool Hessian, int HessianBatch, int HessianSteps, int HessianProbes, bool Baseline = false,
    WeightInitialization Initialization = WeightInitialization.Keras)
{
    /// <summary>"SGD", "PSGD r=…", or the cross-entropy/Adam baseline.</summary>
    [JsonIgnore]
    public string Optimizer => Baseline ? PsgdRecord.BaselineName : PsgdRecord.NameOf(Radius);
}
