using SaddleEscape.Tensors;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class NoisyGradientTensorDecompositionTests
{
    [Fact]
    public void TheCubicSphereObjectiveHasASpuriousLocalMaximumWithNegativeValue()
    {
        // Against Goyal & Ullah's Thm. 5: for T = a₁^⊗3 + a₂^⊗3 (d = 2), u(θ) = (cos θ, sin θ) has T = cos³θ + sin³θ, and at
        // θ = 225° (u = −(a₁ + a₂)/√2) T = −1/√2 is a strict local maximum: larger than at θ = 225° ± 1° … ± 30°.
        var t = LowRankSymmetricTensor.FromComponents(3, [1.0, 1.0], new double[,] { { 1, 0 }, { 0, 1 } });
        double Value(double degrees)
        {
            double r = degrees * Math.PI / 180;
            double[] u = [Math.Cos(r), Math.Sin(r)];
            return TensorPowerMethod.Value(t, u);
        }

        Assert.Equal(-1 / Math.Sqrt(2), Value(225), 1e-12);
        foreach (double delta in new[] { 1.0, 5.0, 15.0, 30.0 })
        {
            Assert.True(Value(225 + delta) < Value(225) && Value(225 - delta) < Value(225), $"not a local maximum at ±{delta}°");
        }

        Assert.True(Value(180) < Value(225) && Value(270) < Value(225));
    }

    [Fact]
    public void NoisyGradientDescentWithDeflationRecoversAnOrthogonalTensorWithMixedSignWeights()
    {
        var components = RandomComponents.Orthonormal(5, 5, new Random(3));
        var weights = new[] { 1.0, -0.6, 0.35, 2.0, -1.4 };
        var result = NoisyGradientTensorDecomposition.Decompose(LowRankSymmetricTensor.FromComponents(3, weights, components).ToDense(), 5, new NoisyGradientDecompositionOptions(), seed: 1);
        Assert.True(ComponentMatching.Error(result.Pairs.SelectMany(p => p.Vector).ToArray(), RandomComponents.Flatten(components), 5) <= 1e-8);
        Assert.Equal(weights.Select(Math.Abs).OrderDescending(), result.Pairs.Select(p => Math.Round(p.Eigenvalue, 8)).OrderDescending());
        Assert.All(result.Pairs, p => Assert.True(p.Eigenvalue > 0));
    }
}
