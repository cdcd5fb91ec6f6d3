using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Experiments;
using SaddleEscape.Torch.Models;

namespace SaddleEscape.Tests.Torch;

[Collection("console")] // dropout draws from torch's global generator, which other torch tests reseed
public sealed class PsgdExperimentTests
{
    /// <summary>Two separable classes of 8×8 images (bright left half vs bright right half) with noise.</summary>
    private static ImageDataset Synthetic(int n, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[n * 64];
        var labels = new byte[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = (byte)(i % 2);
            for (int p = 0; p < 64; p++)
            {
                bool left = p % 8 < 4;
                pixels[(i * 64) + p] = (float)Math.Clamp(((left == (labels[i] == 0)) ? 0.7 : 0.2) + (0.1 * (random.NextDouble() - 0.5)), 0, 1);
            }
        }

        return new ImageDataset(pixels, labels, 1, 8, 8, 10, "synthetic");
    }

    [Fact]
    public void SameSeedGivesTheSameCurvesAndTrainingLearns()
    {
        var settings = new PsgdExperimentSettings("mlp", 10, 16, 1.0, [0.05], 1, 0, 0, ClassificationLoss.CrossEntropy, 1, 64, 6, 1);
        var a = PsgdExperiment.Run(settings, Synthetic(256, 1), Synthetic(64, 2), seed: 3);
        var b = PsgdExperiment.Run(settings, Synthetic(256, 1), Synthetic(64, 2), seed: 3);
        Assert.Equal(a.Select(r => r.Epochs.Select(e => e.TrainLoss).ToArray()), b.Select(r => r.Epochs.Select(e => e.TrainLoss).ToArray()));
        Assert.All(a, r => Assert.True(r.Epochs[^1].TestAccuracy > 0.9, $"{r.Optimizer}: {r.Epochs[^1].TestAccuracy}"));
        Assert.NotEqual(a[0].Epochs[^1].TrainLoss, a[1].Epochs[^1].TrainLoss); // the noise changes the trajectory
        Assert.All(a, r => Assert.NotNull(r.Hessian));
        Assert.True(a[0].Hessian!.Certificate.LambdaMax > 0);
    }
}
