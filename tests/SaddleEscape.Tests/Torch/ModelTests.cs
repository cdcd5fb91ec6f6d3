using SaddleEscape.Torch.Models;
using static TorchSharp.torch;

namespace SaddleEscape.Tests.Torch;

public sealed class ModelTests
{
    [Fact]
    public void FarrellQuinteroPenaMlpHasTheStatedLayersAndParameterCount()
    {
        using var mlp = MultilayerPerceptron.FarrellQuinteroPena(784);
        // 784·128 + 128 + 128·32 + 32 + 32·10 + 10
        Assert.Equal(104_938, mlp.parameters().Sum(p => p.numel()));
        using var x = zeros(5, 1, 28, 28);
        using var y = mlp.forward(x);
        Assert.Equal(new long[] { 5, 10 }, y.shape);
    }

    [Theory]
    [InlineData(1, 28, 28, 128 * 3 * 3)]
    [InlineData(3, 32, 32, 128 * 4 * 4)]
    public void Vgg3AdaptsToTheInputShape(int c, int h, int w, int flat)
    {
        using var net = new Vgg3Network(c, h, w);
        long expected = (c * 9 * 32) + 32 + (32 * 9 * 64) + 64 + (64 * 9 * 128) + 128 + (flat * 128) + 128 + (128 * 10) + 10;
        Assert.Equal(expected, net.parameters().Sum(p => p.numel()));
        using var x = zeros(2, c, h, w);
        using var y = net.forward(x);
        Assert.Equal(new long[] { 2, 10 }, y.shape);
    }

    [Fact]
    public void SquaredErrorLossIsKerasMeanSquaredErrorOnSoftmax()
    {
        using var logits = tensor(new double[] { 0, 0, 0, 1, 0, 0 }, [2, 3], ScalarType.Float64);
        using var labels = tensor(new long[] { 0, 1 });
        using var loss = Losses.Compute(ClassificationLoss.SquaredError, logits, labels);
        double e = Math.E, s = e + 2;
        double row1 = (Math.Pow((1.0 / 3) - 1, 2) + (2 * Math.Pow(1.0 / 3, 2))) / 3;
        double row2 = (Math.Pow(e / s, 2) + Math.Pow((1 / s) - 1, 2) + Math.Pow(1 / s, 2)) / 3;
        Assert.Equal((row1 + row2) / 2, TorchSharp.TensorExtensionMethods.ToDouble(loss), 12);
    }
}
