using SaddleEscape.Networks;

namespace SaddleEscape.Tests.Networks;

public sealed class ActivationTests
{
    [Theory]
    [InlineData("relu")]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    public void ApplyGivesFunctionsValuesBitForBit(string name)
    {
        var activation = Activation.Named(name);
        var random = new Random(4);
        // 103 values: SIMD body and tail; Gaussian-like inputs with exact zeros and large magnitudes mixed in.
        var z = Enumerable.Range(0, 103).Select(i => i % 17 == 0 ? 0.0 : i % 13 == 0 ? 40.0 * (random.NextDouble() - 0.5) : random.NextDouble() - 0.5).ToArray();
        var output = new double[z.Length];
        activation.Apply(z, output);
        Assert.Equal(z.Select(activation.Function).ToArray(), output);
        Assert.Throws<ArgumentException>(() => activation.Apply(z, new double[5]));
    }
}
