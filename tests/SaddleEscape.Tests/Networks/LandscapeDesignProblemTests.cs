using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Networks;

public sealed class LandscapeDesignProblemTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void GradientDescentOnPopulationGRecoversBStarUpToPermutation(int seed)
    {
        var def = ProblemCatalog.Get("landscape-design-G");
        var p = def.Create(6, [], seed);
        var o = OptimizerCatalog.Get("sgd").Create([], p);
        var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, o, p.Instance.Start, new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(20_000) | StoppingRule.WhenGradientNormBelow(1e-10) });
        Assert.True(p.Instance.Truth!.RecoveryError(r.X) <= 0.05, $"e(Q) = {p.Instance.Truth.RecoveryError(r.X)}");
        Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
        Assert.True(p.Instance.Truth.RecoveryError(p.Instance.Start) > 0.2, "the random start is far from a permutation");
    }
}

public sealed class NonOrthogonalLandscapeProblemTests
{
    /// <summary>
    /// App. C: GD on the population F (B* with condition number 3, a* in [1, 2]) ends at a local minimum whose
    /// B⁻ᵀ is a scaled permutation of B* (e(Q) ≤ 1e-6).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void GradientDescentOnPopulationFRecoversBStarThroughTheInverseTranspose(int seed)
    {
        var def = ProblemCatalog.Get("landscape-design-F");
        var p = def.Create(5, [], seed);
        var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, new GradientDescent(0.005), p.Instance.Start, new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(60_000) | StoppingRule.WhenGradientNormBelow(1e-9) });
        Assert.True(p.Instance.Truth!.RecoveryError(r.X) <= 1e-6, $"e(Q) = {p.Instance.Truth.RecoveryError(r.X)}");
        Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
        Assert.True(p.Instance.Truth.RecoveryError(p.Instance.Start) > 0.2, "the random start is far from a permutation");
    }
}

public sealed class DesignedLandscapeTests
{
    /// <summary>Thm. 2.3: all local minima of G are global — from 20 random starts (and teachers) GD always ends at a signed permutation of B*.</summary>
    [Fact]
    public void EveryRandomStartReachesAGlobalMinimum()
    {
        var def = ProblemCatalog.Get("landscape-design-G");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(100, 120, seed =>
        {
            var p = def.Create(6, [], seed);
            var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, OptimizerCatalog.Get("gd").Create([], p), p.Instance.Start,
                new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(20_000) | StoppingRule.WhenGradientNormBelow(1e-10) });
            double e = p.Instance.Truth!.RecoveryError(r.X);
            if (e > 0.05 || r.Certificate!.Classification != Classification.LocalMinimum)
            {
                failures.Add($"seed {seed}: e(Q) = {e}, {r.Certificate!.Classification}");
            }
        });
        Assert.Empty(failures);
    }
}

public sealed class NetworkSquaredLossTests
{
    [Theory]
    [InlineData("relu", 300)]
    [InlineData("sigmoid", 300)]
    [InlineData("relu", 303)]
    [InlineData("sigmoid", 2049)]
    public void GradientMatchesFiniteDifferencesOnAFixedSample(string activation, int rows)
    {
        // 300 rows: tiles of four only; 303: three rows after the last tile; 2049: a second block of one row.
        var act = SaddleEscape.Networks.Activation.Named(activation);
        var teacher = new SaddleEscape.Networks.TeacherNetwork([1.0, 0.5, 2.0], TestPoints.Gaussian(12, 1), 4, act, 0.1);
        var loss = new SaddleEscape.Networks.NetworkSquaredLoss(teacher, act.Function, act.Derivative, rows, 2);
        var check = SaddleEscape.Objectives.DerivativeChecker.CheckGradient(loss, TestPoints.Gaussian(15, 3), new Random(4), step: 1e-6, tolerance: 1e-6);
        Assert.True(check.Passed, check.ToString());
    }

    [Fact]
    public void DrawingEachRowBlockWhereItIsUsedGivesSampleRowsThenEvaluateWhateverTheThreadCount()
    {
        // 5 001 rows: two full blocks of TeacherNetwork.RowsPerBlock and a partial one ending in a single row; centred labels.
        var act = SaddleEscape.Networks.Activation.Relu;
        var teacher = new SaddleEscape.Networks.TeacherNetwork([1.0, 0.5, 2.0], TestPoints.Gaussian(12, 1), 4, act, 0.1);
        var centring = SaddleEscape.Networks.LabelCentring.Estimate(teacher, 4096, 3);
        var loss = new SaddleEscape.Networks.NetworkSquaredLoss(teacher, act.Function, act.Derivative, 10, 2, centring);
        var x = TestPoints.Gaussian(15, 3);
        const int rows = 5_001;
        var xs = new double[rows * 4];
        var ys = new double[rows];
        teacher.SampleRows(xs, ys, new Random(21));
        centring.Apply(xs, ys);
        var separate = new double[15];
        double separateValue = loss.Evaluate(x, separate, MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(rows, 4, (i, j) => xs[(i * 4) + j]), ys);
        int before = SaddleEscape.Numerics.ThreadLimit.Threads;
        try
        {
            foreach (int threads in new[] { 1, Math.Max(2, Environment.ProcessorCount) })
            {
                SaddleEscape.Numerics.ThreadLimit.Set(threads);
                var fused = new double[15];
                double fusedValue = loss.StochasticGradient(x, fused, rows, new Random(21));
                Assert.Equal(separateValue, fusedValue);
                Assert.Equal(separate, fused);
            }
        }
        finally
        {
            SaddleEscape.Numerics.ThreadLimit.Set(before);
        }
    }

    [Fact]
    public void AtTheTeacherTheRiskIsTheLabelNoise()
    {
        var act = SaddleEscape.Networks.Activation.Relu;
        var teacher = new SaddleEscape.Networks.TeacherNetwork([1.0, 1.0], [1.0, 0, 0, 1.0], 2, act, 0.3);
        var loss = new SaddleEscape.Networks.NetworkSquaredLoss(teacher, act.Function, act.Derivative, 50_000, 5);
        double risk = loss.Value([1.0, 1.0, 1.0, 0, 0, 1.0]);
        Assert.InRange(risk, 0.09 * 0.97, 0.09 * 1.03);
    }
}

public sealed class LinearLayerRecoveryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RecoversOutputWeightsAndSignsFromSamples(bool general)
    {
        const int d = 5;
        var random = new Random(3);
        var comps = general
            ? SaddleEscape.Tensors.RandomComponents.WithCondition(d, d, 3, random)
            : SaddleEscape.Tensors.RandomComponents.Orthonormal(d, d, random);
        var bStar = SaddleEscape.Tensors.RandomComponents.Flatten(comps);
        var aStar = new[] { 1.0, 1.5, 2.0, 1.2, 1.8 };
        var act = SaddleEscape.Networks.Activation.Relu;
        var teacher = new SaddleEscape.Networks.TeacherNetwork(aStar, bStar, d, act);
        const int n = 200_000;
        var xs = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, d);
        var ys = new double[n];
        var row = new double[d];
        for (int t = 0; t < n; t++)
        {
            ys[t] = teacher.Sample(random, row);
            xs.SetRow(t, row);
        }

        // The estimate: B* with rows permuted (i → perm[i]) and every other row sign-flipped.
        int[] perm = [3, 0, 4, 1, 2];
        var b = new double[d * d];
        for (int i = 0; i < d; i++)
        {
            for (int l = 0; l < d; l++)
            {
                // Rows of any length: App. D's Alg. 1 takes unit rows, so Recover normalises them.
                b[(i * d) + l] = (i % 2 == 0 ? -1 : 1) * (1 + (0.3 * i)) * bStar[(perm[i] * d) + l];
            }
        }

        var (a, flipped) = SaddleEscape.Networks.LinearLayerRecovery.Recover(b, xs, ys, 0.5, general);
        for (int i = 0; i < d; i++)
        {
            Assert.True(Math.Abs(a[i] - aStar[perm[i]]) < 0.05, $"a[{i}] = {a[i]} vs {aStar[perm[i]]}");
            for (int l = 0; l < d; l++)
            {
                Assert.Equal(bStar[(perm[i] * d) + l], flipped[(i * d) + l], 12);
            }
        }
    }
}
