using SaddleEscape.Torch.Models;
using static TorchSharp.torch;

namespace SaddleEscape.Tests.Torch;

[Collection("console")] // draws from torch's global generator, which other torch tests reseed
public sealed class WeightInitializerTests
{
    [Fact]
    public void KerasInitializationIsGlorotUniformWithZeroBiases()
    {
        manual_seed(11);
        using var mlp = MultilayerPerceptron.FarrellQuinteroPena(784);
        WeightInitializer.Apply(mlp, WeightInitialization.Keras);
        var layers = mlp.named_parameters().ToList();
        // dense0: 784 → 128, dense1: 128 → 32, output: 32 → 10 (weights are out × in).
        foreach (var (name, p) in layers)
        {
            double[] v = p.data<float>().Select(x => (double)x).ToArray();
            if (name.EndsWith("bias", StringComparison.Ordinal))
            {
                Assert.All(v, x => Assert.Equal(0.0, x));
                continue;
            }

            double bound = Math.Sqrt(6.0 / (p.shape[0] + p.shape[1]));
            Assert.All(v, x => Assert.InRange(Math.Abs(x), 0, bound));
            // U(−b, b) has variance b²/3; the sample variance of n draws has relative sd √(0.8/n): allow 5 of those.
            double variance = v.Select(x => x * x).Average();
            double tolerance = 5 * Math.Sqrt(0.8 / v.Length);
            Assert.InRange(variance / (bound * bound / 3), 1 - tolerance, 1 + tolerance);
        }
    }

    [Fact]
    public void ConvolutionFansCountTheKernel()
    {
        manual_seed(12);
        using var net = new Vgg3Network(1, 28, 28);
        WeightInitializer.Apply(net, WeightInitialization.Keras);
        var conv1 = net.named_parameters().First(p => p.name.EndsWith("conv1.weight", StringComparison.Ordinal)).parameter;
        double bound = Math.Sqrt(6.0 / ((32 * 9) + (64 * 9)));
        double max = conv1.abs().max().item<float>();
        Assert.InRange(max, 0.98 * bound, bound); // 18 432 draws: the largest lies within 2 % of the bound
    }

    [Fact]
    public void TorchInitializationLeavesTheNetworkAsBuilt()
    {
        manual_seed(13);
        using var mlp = MultilayerPerceptron.FarrellQuinteroPena(784);
        float[] before = mlp.parameters().Last().data<float>().ToArray();
        WeightInitializer.Apply(mlp, WeightInitialization.Torch);
        Assert.Equal(before, mlp.parameters().Last().data<float>().ToArray());
        Assert.Contains(before, b => b != 0); // libtorch's biases are not zero
        Assert.Throws<ArgumentException>(() => WeightInitializer.Parse("he"));
    }
}
