using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using SaddleEscape.Tensors;

namespace SaddleEscape.Tests.Tensors;

public sealed class OnlineTensorTests
{
    /// <summary>
    /// The sample-based oracle is unbiased for Eq. 6 with T = −½κ₄: the Monte Carlo mean of its value and
    /// gradient matches the closed form within 4 standard errors in every coordinate.
    /// </summary>
    [Fact]
    public void IcaOracleIsUnbiasedForTheCumulantObjective()
    {
        var def = ProblemCatalog.Get("tensor-ica-4");
        var p = def.Create(4, [], 3);
        var x = TestPoints.Gaussian(16, 5);
        p.Instance.Manifold.ProjectToManifold(x);
        var exact = new double[16];
        double exactValue = p.Instance.Objective.ValueAndGradient(x, exact);

        const int draws = 4000;
        var random = new Random(9);
        var g = new double[16];
        var sum = new double[16];
        var sum2 = new double[16];
        double vSum = 0, vSum2 = 0;
        for (int n = 0; n < draws; n++)
        {
            double v = p.Instance.Stochastic!.StochasticGradient(x, g, 16, random);
            vSum += v;
            vSum2 += v * v;
            for (int i = 0; i < 16; i++)
            {
                sum[i] += g[i];
                sum2[i] += g[i] * g[i];
            }
        }

        double vMean = vSum / draws, vSe = Math.Sqrt(((vSum2 / draws) - (vMean * vMean)) / draws);
        Assert.True(Math.Abs(vMean - exactValue) <= (4 * vSe) + 1e-12, $"value {vMean} vs {exactValue} (se {vSe})");
        for (int i = 0; i < 16; i++)
        {
            double mean = sum[i] / draws;
            double se = Math.Sqrt(((sum2[i] / draws) - (mean * mean)) / draws);
            Assert.True(Math.Abs(mean - exact[i]) <= (4 * se) + 1e-12, $"coordinate {i}: {mean} vs {exact[i]} (se {se})");
        }
    }

    [Fact]
    public void SgdOnSamplesAloneGetsCloseToTheComponents()
    {
        var def = ProblemCatalog.Get("tensor-ica-4");
        var p = def.Create(5, [], 1);
        var o = OptimizerCatalog.Get("sgd").Create([], p);
        var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, o, p.Instance.Start, new MinimizerOptions { Seed = 1, Stop = StoppingRule.AfterIterations(8000), MonitorEvery = 100, Certificate = null });
        Assert.Equal(0, r.Counts.Gradients);
        Assert.True(p.Instance.Truth!.RecoveryError(r.X) < 0.2, $"error {p.Instance.Truth.RecoveryError(r.X)}");
    }

    [Fact]
    public void SphereCubicPgdFindsACertifiedComponentAndDeflationRecoversAll()
    {
        var def = ProblemCatalog.Get("tensor-sphere-3");
        var p = def.Create(8, [], 2);
        var o = OptimizerCatalog.Get("pgd").Create([], p);
        var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, o, p.Instance.Start, new MinimizerOptions { Seed = 2, Stop = StoppingRule.AfterIterations(5000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6) });
        Assert.True(p.Instance.Truth!.RecoveryError(r.X) < 1e-6);
        Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);

        // Proc. 5: optimise on the sphere, deflate, repeat.
        var comps = RandomComponents.Orthonormal(4, 6, new Random(4));
        var tensor = LowRankSymmetricTensor.FromComponents(3, [1.2, 1.4, 1.6, 1.8], comps);
        var random = new Random(5);
        // Restarts as in Alg. 6: for an odd-order tensor a start with aᵀu < 0 drifts to the degenerate set u ⟂ a.
        var pairs = Deflation.Decompose(tensor, 4, t => Enumerable.Range(0, 3).Select(_ =>
        {
            var start = TestPoints.Gaussian(6, random.Next());
            var sphere = new SaddleEscape.Manifolds.Sphere(6);
            var run = Minimizer.Run(new SaddleEscape.Objectives.Oracle(new SphereCubicObjective(t)), sphere, new GradientDescent(0.05), start,
                new MinimizerOptions { Seed = 1, Stop = StoppingRule.AfterIterations(3000) | StoppingRule.WhenGradientNormBelow(1e-12), Certificate = null });
            return new TensorEigenpair(run.X, TensorPowerMethod.Value(t, run.X));
        }).MaxBy(q => q.Eigenvalue)!);
        Assert.True(ComponentMatching.Error(pairs.SelectMany(q => q.Vector).ToArray(), RandomComponents.Flatten(comps), 6) < 1e-6);
    }
}
