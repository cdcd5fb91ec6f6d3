using SaddleEscape.Networks;

namespace SaddleEscape.Tests.Networks;

public sealed class HermiteTests
{
    [Fact]
    public void NormalizedHermitePolynomialsAreOrthonormalUnderTheGaussian()
    {
        var rule = new GaussHermiteRule(40);
        Assert.Equal(1.0, rule.Weights.Sum(), 12);
        for (int i = 0; i <= 8; i++)
        {
            for (int j = 0; j <= 8; j++)
            {
                int ii = i, jj = j;
                double inner = rule.Expectation(z => HermitePolynomials.Evaluate(ii, z) * HermitePolynomials.Evaluate(jj, z));
                Assert.Equal(i == j ? 1.0 : 0.0, inner, 10);
            }
        }

        // h_2 = (z² − 1)/√2 and h_4 = (z⁴ − 6z² + 3)/√24 (Ge, Lee & Ma 2018 §2.1).
        Assert.Equal((1.7 * 1.7 - 1) / Math.Sqrt(2), HermitePolynomials.Evaluate(2, 1.7), 12);
        Assert.Equal((Math.Pow(1.7, 4) - (6 * 1.7 * 1.7) + 3) / Math.Sqrt(24), HermitePolynomials.Evaluate(4, 1.7), 12);
    }

    [Fact]
    public void ReluCoefficientsByQuadratureMatchTheSignedClosedForm()
    {
        var computed = HermiteCoefficients.Compute(Activation.Relu, 12);
        for (int k = 0; k <= 12; k++)
        {
            Assert.True(Math.Abs(computed[k] - HermiteCoefficients.Relu(k)) < 1e-10, $"σ_{k}: quadrature {computed[k]} vs closed form {HermiteCoefficients.Relu(k)}");
        }

        Assert.Equal(-0.0814, HermiteCoefficients.Relu(4), 4);
        Assert.True(HermiteCoefficients.Relu(4) < 0);
        Assert.Equal(0.5, HermiteCoefficients.SecondMoment(Activation.Relu), 10);
    }

    [Fact]
    public void SmoothActivationsConvergeAndSatisfyParseval()
    {
        foreach (var act in new[] { Activation.Sigmoid, Activation.Tanh })
        {
            // Two independent quadratures agree: panel Gauss–Legendre and a 300-node Gauss–Hermite rule.
            var fine = HermiteCoefficients.Compute(act, 20);
            var rule = new GaussHermiteRule(300);
            for (int k = 0; k <= 20; k++)
            {
                int kk = k;
                Assert.Equal(rule.Expectation(z => act.Function(z) * HermitePolynomials.Evaluate(kk, z)), fine[k], 9);
            }

            double energy = fine.Sum(s => s * s);
            double secondMoment = HermiteCoefficients.SecondMoment(act);
            Assert.InRange(secondMoment - energy, -1e-12, 1e-4);
        }

        // Sigmoid − ½ is odd: its even coefficients beyond σ₀ vanish.
        var sig = HermiteCoefficients.Compute(Activation.Sigmoid, 6);
        Assert.Equal(0.5, sig[0], 12);
        Assert.Equal(0, sig[2], 12);
        Assert.Equal(0, sig[4], 12);
    }
}
