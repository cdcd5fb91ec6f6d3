using SaddleEscape.Settings;
using SaddleEscape.Torch.Models;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>
/// One PSGD-vs-SGD experiment of Farrell &amp; Quintero Peña 2019, §2: a model trained with mini-batch SGD (r = 0) and
/// mini-batch PSGD (their Alg. 5) for every radius r, <see cref="Trials"/> times each.
/// </summary>
/// <param name="Model">"mlp" or "cnn".</param>
/// <param name="Epochs">Epochs per run (paper: 200).</param>
/// <param name="Trials">Runs per optimiser (paper: 10). Trial k starts every optimiser from the same initialisation.</param>
/// <param name="Radii">PSGD radii r (paper: 0.001, 0.005, 0.015, 0.025, 0.1); SGD is always run too.</param>
/// <param name="LearningRate">η (paper: 0.01 MLP, 0.001 CNN).</param>
/// <param name="BatchSize">Mini-batch size (paper: 128).</param>
/// <param name="TrainSubset">Training images used (0 = all).</param>
/// <param name="TestSubset">Test images used (0 = all).</param>
/// <param name="Loss">Training loss (paper: ℓ2 on softmax outputs).</param>
/// <param name="HessianRuns">Trials per optimiser (SGD and every r) whose end point is certified with the Hessian.</param>
/// <param name="HessianSteps">Lanczos steps for the certificate and per SLQ probe (HVPs: steps × (1 + probes)).</param>
/// <param name="Initialization">How the networks start (the seed's Keras: Glorot-uniform weights, zero biases).</param>
/// <param name="BaselineEpochs">Epochs of the sanity baseline: the same model with cross-entropy and Adam (lr 1e-3) on the same data (0: none).</param>
/// <param name="HessianBatch">Training images in the Hessian's fixed batch.</param>
/// <param name="HessianProbes">SLQ probe vectors.</param>
/// <param name="BaseSeed">Base seed (initialisations, batch orders and noise of every trial derive from it).</param>
/// <param name="Data">Data folder: CIFAR-10 batches, or Fashion-MNIST IDX files (null: Debian's Fashion-MNIST).</param>
public sealed record PsgdSettings(
    string Model,
    [property: Setting("epochs", "epochs per run")] int Epochs,
    [property: Setting("trials", "runs per optimiser")] int Trials,
    [property: Setting("radii", "PSGD radii r, comma-separated (SGD always runs)")] double[] Radii,
    [property: Setting("lr", "learning rate")] double LearningRate,
    [property: Setting("batch", "mini-batch size")] int BatchSize,
    [property: Setting("train", "training images used (0 = all)")] int TrainSubset,
    [property: Setting("test", "test images used (0 = all)")] int TestSubset,
    [property: Setting("loss", "mse (the paper's ℓ2 loss on softmax outputs) or cross-entropy", Parser = typeof(Losses))] ClassificationLoss Loss,
    [property: Setting("hessian_runs", "trials of every optimiser whose end point is certified with the Hessian")] int HessianRuns,
    [property: Setting("hessian_steps", "Lanczos steps (HVPs per probe)")] int HessianSteps,
    [property: Setting("init", "keras (the seed's: Glorot-uniform weights, zero biases) or torch (libtorch's defaults)", Parser = typeof(WeightInitializer))] WeightInitialization Initialization,
    [property: Setting("baseline_epochs", "epochs of the sanity baseline (cross-entropy and Adam on the same model and data; 0 = none)")] int BaselineEpochs,
    int HessianBatch,
    int HessianProbes,
    int BaseSeed = 0,
    string? Data = null)
{
    /// <summary>Farrell &amp; Quintero Peña's setting for <paramref name="model"/> ("mlp" or "cnn"), full or quick.</summary>
    public static PsgdSettings For(string model, bool quick) => (model, quick) switch
    {
        ("mlp", false) => new("mlp", 200, 10, [0.001, 0.005, 0.015, 0.025, 0.1], 0.01, 128, 0, 0, ClassificationLoss.SquaredError, 2, 80, WeightInitialization.Keras, 5, HessianBatch: 2000, HessianProbes: 4),
        ("mlp", true) => new("mlp", 40, 2, [0.015], 0.01, 128, 0, 0, ClassificationLoss.SquaredError, 1, 40, WeightInitialization.Keras, 5, HessianBatch: 1000, HessianProbes: 3),
        ("cnn", false) => new("cnn", 200, 10, [0.001, 0.005, 0.015, 0.025, 0.1], 0.001, 128, 0, 0, ClassificationLoss.SquaredError, 1, 40, WeightInitialization.Keras, 10, HessianBatch: 500, HessianProbes: 2),
        ("cnn", true) => new("cnn", 2, 2, [0.025], 0.001, 128, 2_000, 1_000, ClassificationLoss.SquaredError, 1, 15, WeightInitialization.Keras, 2, HessianBatch: 200, HessianProbes: 2),
        _ => throw new ArgumentException($"unknown model '{model}' (known: mlp, cnn)"),
    };

    /// <summary>Throws one clear message for the first invalid field.</summary>
    public PsgdSettings Validate()
    {
        if (BaselineEpochs < 0)
        {
            throw new ArgumentException($"baseline epochs must be ≥ 0 (got {BaselineEpochs})");
        }

        if (Epochs < 1 || BatchSize < 1 || Trials < 1 || TrainSubset < 0 || TestSubset < 0 || HessianRuns < 0 || HessianBatch < 1 || HessianSteps < 2 || HessianProbes < 1)
        {
            throw new ArgumentException($"epochs, batch, trials and hessian_batch must be ≥ 1 and subsets ≥ 0 (got epochs {Epochs}, batch {BatchSize}, trials {Trials}, train {TrainSubset}, test {TestSubset})");
        }

        if (!(LearningRate > 0) || Radii.Any(r => !(r > 0)))
        {
            throw new ArgumentException($"learning rate and radii must be > 0 (got lr {LearningRate}, r {string.Join(",", Radii)})");
        }

        return this;
    }
}
