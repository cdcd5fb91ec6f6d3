using SaddleEscape.Torch.Models;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>
/// One PSGD-vs-SGD experiment of Farrell &amp; Quintero Peña 2019, §2: a model trained with mini-batch SGD (r = 0) and
/// mini-batch PSGD (their Alg. 5) for every radius r, <see cref="Trials"/> times each.
/// </summary>
/// <param name="Model">"mlp" or "cnn".</param>
/// <param name="Epochs">Epochs per run (paper: 200).</param>
/// <param name="BatchSize">Mini-batch size (paper: 128).</param>
/// <param name="LearningRate">η (paper: 0.01 MLP, 0.001 CNN).</param>
/// <param name="Radii">PSGD radii r (paper: 0.001, 0.005, 0.015, 0.025, 0.1); SGD is always run too.</param>
/// <param name="Trials">Runs per optimiser (paper: 10). Trial k starts every optimiser from the same initialisation.</param>
/// <param name="TrainSubset">Training images used (0 = all).</param>
/// <param name="TestSubset">Test images used (0 = all).</param>
/// <param name="Loss">Training loss (paper: ℓ2 on softmax outputs).</param>
/// <param name="HessianRuns">Trials per optimiser (SGD and every r) whose end point is certified with the Hessian.</param>
/// <param name="HessianBatch">Training images in the Hessian's fixed batch.</param>
/// <param name="HessianSteps">Lanczos steps for the certificate and per SLQ probe (HVPs: steps × (1 + probes)).</param>
/// <param name="HessianProbes">SLQ probe vectors.</param>
/// <param name="BaseSeed">Base seed (initialisations, batch orders and noise of every trial derive from it).</param>
/// <param name="Data">Data folder: CIFAR-10 batches, or Fashion-MNIST IDX files (null: Debian's Fashion-MNIST).</param>
/// <param name="BaselineEpochs">Epochs of the sanity baseline: the same model with cross-entropy and Adam (lr 1e-3) on the same data (0: none).</param>
/// <param name="Initialization">How the networks start (the seed's Keras: Glorot-uniform weights, zero biases).</param>
public sealed record PsgdSettings(
    string Model, int Epochs, int BatchSize, double LearningRate, double[] Radii, int Trials, int TrainSubset, int TestSubset,
    ClassificationLoss Loss, int HessianRuns, int HessianBatch, int HessianSteps, int HessianProbes, int BaseSeed = 0, string? Data = null, int BaselineEpochs = 5,
    WeightInitialization Initialization = WeightInitialization.Keras)
{
    /// <summary>Farrell &amp; Quintero Peña's setting for <paramref name="model"/> ("mlp" or "cnn"), full or quick.</summary>
    public static PsgdSettings For(string model, bool quick) => (model, quick) switch
    {
        ("mlp", false) => new("mlp", 200, 128, 0.01, [0.001, 0.005, 0.015, 0.025, 0.1], 10, 0, 0, ClassificationLoss.SquaredError, 2, 2000, 80, 4),
        ("mlp", true) => new("mlp", 40, 128, 0.01, [0.015], 2, 0, 0, ClassificationLoss.SquaredError, 1, 1000, 40, 3),
        ("cnn", false) => new("cnn", 200, 128, 0.001, [0.001, 0.005, 0.015, 0.025, 0.1], 10, 0, 0, ClassificationLoss.SquaredError, 1, 500, 40, 2, BaselineEpochs: 10),
        ("cnn", true) => new("cnn", 2, 128, 0.001, [0.025], 2, 2_000, 1_000, ClassificationLoss.SquaredError, 1, 200, 15, 2, BaselineEpochs: 2),
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
