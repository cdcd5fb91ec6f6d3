using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Tensors;

public sealed class TensorOrthogonal4Tests
{
    private static CatalogProblem Problem(int d, int seed, params string[] settings)
    {
        var def = ProblemCatalog.Get("tensor-orthogonal-4");
        return def.Create(d, settings, seed);
    }

    [Fact]
    public void TheComponentsAreACertifiedGlobalMinimumWithZeroValue()
    {
        var p = Problem(6, 1);
        var truth = new double[36];
        // Find the components through the ground truth: the start perturbed to the nearest components by a run.
        var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, new GradientDescent(0.05), p.Instance.Start, new MinimizerOptions { Stop = StoppingRule.AfterIterations(5000) | StoppingRule.WhenGradientNormBelow(1e-11) });
        Assert.True(p.Instance.Truth!.RecoveryError(r.X) < 1e-8);
        Assert.Equal(0, r.FinalValue, 12);
        Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
        Assert.Equal(36, truth.Length);
    }

    /// <summary>Two vectors on the same component, or both halfway between two components, are strict saddles of Eq. 6.</summary>
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.7071067811865476, 0.7071067811865476)]
    public void DuplicatedComponentsAreAStrictSaddle(double c1, double c2)
    {
        var t = SaddleEscape.Tensors.LowRankSymmetricTensor.FromComponents(4, [1, 1], new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 } });
        var f = new SaddleEscape.Tensors.OrthogonalTensorObjective(t, 2);
        var x = new[] { c1, c2, 0, 0, c1, c2, 0, 0 };
        var cert = SecondOrderCertificate.Compute(new SaddleEscape.Objectives.Oracle(f), new SaddleEscape.Manifolds.ProductOfSpheres(2, 4), x);
        Assert.True(cert.GradientNorm < 1e-12);
        Assert.Equal(Classification.StrictSaddle, cert.Classification);
    }

    [Fact]
    public void TheCliDoneCriterionHoldsOnAFewSeeds()
    {
        foreach (var optimizer in new[] { "noisy-sgd", "pgd" })
        {
            for (int seed = 0; seed < 3; seed++)
            {
                var p = Problem(20, seed);
                var o = OptimizerCatalog.Get(optimizer).Create([], p);
                var stop = StoppingRule.AfterIterations(10_000) | (o.PerturbsAtSmallGradients ? StoppingRule.AtSecondOrderPoint(1e-10, 1e-6) : StoppingRule.WhenGradientNormBelow(1e-10));
                var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, o, p.Instance.Start, new MinimizerOptions { Seed = seed, Stop = stop });
                Assert.True(p.Instance.Truth!.RecoveryError(r.X) <= 1e-3, $"{optimizer} seed {seed}: error {p.Instance.Truth.RecoveryError(r.X)}");
                Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
            }
        }
    }

    [Fact]
    public void NoisyAndFrobeniusVariantsBuild()
    {
        Assert.Null(Problem(6, 0, "noise=0.1").Instance.Truth!.GlobalMinimum);
        Assert.Equal(0.0, Problem(6, 0, "objective=frobenius").Instance.Truth!.GlobalMinimum);
        var e = Assert.Throws<ArgumentException>(() => Problem(20, 0, "noise=0.1", "noise_form=dense"));
        Assert.Contains("low-rank", e.Message, StringComparison.Ordinal);
    }
}
