using SaddleEscape.Landscape;
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Hessian;
using SaddleEscape.Torch.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Training;

/// <summary>
/// Trains an image classifier with a given TorchSharp optimiser: the whole data set lives in one tensor, each
/// epoch draws a seeded permutation and slices mini-batches from it (no per-image work), and after each epoch
/// loss and accuracy are evaluated on the training and test sets in evaluation mode.
/// </summary>
public sealed class ImageClassifierTrainer : IDisposable
{
    private const int EvaluationBatch = 2000;
    private readonly Tensor _trainX;
    private readonly Tensor _trainY;
    private readonly Tensor _testX;
    private readonly Tensor _testY;

    /// <summary>Copies <paramref name="train"/> and <paramref name="test"/> into tensors once.</summary>
    public ImageClassifierTrainer(ImageDataset train, ImageDataset test, ClassificationLoss loss)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        Loss = loss;
        Train = train;
        (_trainX, _trainY) = ToTensors(train);
        (_testX, _testY) = ToTensors(test);
    }

    /// <summary>The training loss.</summary>
    public ClassificationLoss Loss { get; }

    /// <summary>The training set.</summary>
    public ImageDataset Train { get; }

    /// <summary>
    /// Trains <paramref name="model"/> with <paramref name="optimizer"/> for <paramref name="epochs"/> epochs of
    /// mini-batches of <paramref name="batchSize"/> (shuffled by <paramref name="shuffleSeed"/>); calls
    /// <paramref name="afterEpoch"/> with each epoch's metrics.
    /// </summary>
    public IReadOnlyList<EpochMetrics> Fit(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, int epochs, int batchSize, long shuffleSeed, Action<EpochMetrics>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        var history = new List<EpochMetrics>();
        using var generator = new Generator(unchecked((ulong)shuffleSeed));
        long n = _trainX.shape[0];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            model.train();
            using (var order = randperm(n, generator: generator))
            {
                for (long start = 0; start < n; start += batchSize)
                {
                    using var scope = NewDisposeScope();
                    var index = order.slice(0, start, Math.Min(start + batchSize, n), 1);
                    var x = _trainX.index_select(0, index);
                    var y = _trainY.index_select(0, index);
                    optimizer.zero_grad();
                    var loss = Losses.Compute(Loss, model.forward(x), y);
                    loss.backward();
                    optimizer.step();
                }
            }

            var (trainLoss, trainAcc) = Evaluate(model, _trainX, _trainY);
            var (testLoss, testAcc) = Evaluate(model, _testX, _testY);
            var metrics = new EpochMetrics(epoch, trainLoss, trainAcc, testLoss, testAcc);
            if (!double.IsFinite(trainLoss))
            {
                throw new InvalidOperationException($"training diverged at epoch {epoch} (loss {trainLoss})");
            }

            history.Add(metrics);
            afterEpoch?.Invoke(metrics);
        }

        return history;
    }

    /// <summary>The Hessian summary of the training loss on the first <paramref name="batch"/> training images at the model's current parameters.</summary>
    public HessianSummary Certify(nn.Module<Tensor, Tensor> model, int batch, int lanczosSteps, int densityProbes, double zeroTolerance, int seed) =>
        WithHessian(model, batch, hessian =>
        {
            var cert = hessian.Certify(new CertificateOptions(1e-3, 1e-6, new LanczosOptions(MaxSteps: lanczosSteps, FullSpaceLimit: 0, Tolerance: 1e-6, Seed: seed)));
            var density = SpectralDensity.Estimate(hessian, densityProbes, lanczosSteps, seed);
            var top = density.ProbeNodes[0].Reverse().Take(5).ToArray();
            return new HessianSummary(cert, hessian.Dimension, zeroTolerance, density.Mass(l => l < -zeroTolerance), density.Mass(l => Math.Abs(l) <= zeroTolerance), top);
        });

    /// <summary>The SLQ spectral density of the training loss's Hessian on the first <paramref name="batch"/> training images.</summary>
    public SpectralDensity Density(nn.Module<Tensor, Tensor> model, int batch, int lanczosSteps, int probes, int seed) =>
        WithHessian(model, batch, hessian => SpectralDensity.Estimate(hessian, probes, lanczosSteps, seed));

    // The training loss's Hessian (double backward) on the first batch images, at the model's current parameters.
    private T WithHessian<T>(nn.Module<Tensor, Tensor> model, int batch, Func<NetworkHessian, T> use)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.eval();
        long m = Math.Min(batch, _trainX.shape[0]);
        using var x = _trainX.slice(0, 0, m, 1);
        using var y = _trainY.slice(0, 0, m, 1);
        using var hessian = new NetworkHessian(model.parameters(), () => Losses.Compute(Loss, model.forward(x), y));
        return use(hessian);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _trainX.Dispose();
        _trainY.Dispose();
        _testX.Dispose();
        _testY.Dispose();
    }

    private (double Loss, double Accuracy) Evaluate(nn.Module<Tensor, Tensor> model, Tensor xs, Tensor ys)
    {
        model.eval();
        using var _ = no_grad();
        long n = xs.shape[0];
        double loss = 0;
        long correct = 0;
        for (long start = 0; start < n; start += EvaluationBatch)
        {
            using var scope = NewDisposeScope();
            long end = Math.Min(start + EvaluationBatch, n);
            var x = xs.slice(0, start, end, 1);
            var y = ys.slice(0, start, end, 1);
            var logits = model.forward(x);
            loss += Losses.Compute(Loss, logits, y).ToDouble() * (end - start);
            correct += Losses.Correct(logits, y);
        }

        return (loss / n, (double)correct / n);
    }

    private static (Tensor X, Tensor Y) ToTensors(ImageDataset set) =>
        (tensor(set.Pixels, [set.Count, set.Channels, set.Height, set.Width]), tensor(set.Labels.Select(l => (long)l).ToArray(), [set.Count]));
}
