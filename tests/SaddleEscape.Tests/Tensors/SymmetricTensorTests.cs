using SaddleEscape.Objectives;
using SaddleEscape.Tensors;

namespace SaddleEscape.Tests.Tensors;

public sealed class SymmetricTensorTests
{
    private static LowRankSymmetricTensor RandomLowRank(int order, int d, int k, int seed)
    {
        var random = new Random(seed);
        var weights = Enumerable.Range(0, k).Select(_ => random.NextDouble() - 0.3).ToArray();
        return new LowRankSymmetricTensor(order, weights, TestPoints.Gaussian(k * d, seed + 1), d);
    }

    [Theory]
    [InlineData(3, 6, 4)]
    [InlineData(4, 5, 7)]
    [InlineData(4, 8, 3)]
    public void ImplicitAndDenseFormsAgreeTo1e12(int order, int d, int k)
    {
        var low = RandomLowRank(order, d, k, order * 100 + d);
        var dense = low.ToDense();
        var a = TestPoints.Gaussian(d, 1);
        var b = TestPoints.Gaussian(d, 2);
        var c = TestPoints.Gaussian(d, 3);
        var e = order == 4 ? TestPoints.Gaussian(d, 4) : [];
        double scale = Math.Max(1, Math.Abs(low.Form(a, b, c, e)));
        Assert.True(Math.Abs(low.Form(a, b, c, e) - dense.Form(a, b, c, e)) <= 1e-12 * scale);
        var r1 = new double[d];
        var r2 = new double[d];
        low.Contract(b, c, e, r1);
        dense.Contract(b, c, e, r2);
        for (int i = 0; i < d; i++)
        {
            Assert.True(Math.Abs(r1[i] - r2[i]) <= 1e-12 * Math.Max(1, Math.Abs(r1[i])), $"entry {i}: {r1[i]} vs {r2[i]}");
        }

        Assert.Equal(dense.SquaredNorm(), low.ToDenseNormSquared(), 9);
    }

    [Fact]
    public void FormIsSymmetricInItsArguments()
    {
        var dense = RandomLowRank(4, 4, 3, 9).ToDense();
        dense.AddSymmetricGaussianNoise(0.5, new Random(3));
        var a = TestPoints.Gaussian(4, 1);
        var b = TestPoints.Gaussian(4, 2);
        var c = TestPoints.Gaussian(4, 3);
        var e = TestPoints.Gaussian(4, 4);
        double v = dense.Form(a, b, c, e);
        Assert.Equal(v, dense.Form(c, e, a, b), 12);
        Assert.Equal(v, dense.Form(b, a, e, c), 12);
    }

    [Fact]
    public void WhiteningTransformOfALowRankTensorIsTheTransformedFactors()
    {
        var low = RandomLowRank(3, 5, 3, 4);
        var w = new double[5, 2];
        var random = new Random(2);
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                w[i, j] = random.NextDouble();
            }
        }

        var t = low.Transform(w);
        var x = TestPoints.Gaussian(2, 7);
        var wx = Enumerable.Range(0, 5).Select(i => (w[i, 0] * x[0]) + (w[i, 1] * x[1])).ToArray();
        Assert.Equal(low.Form(wx, wx, wx, []), t.Form(x, x, x, []), 12);
    }

    [Fact]
    public void LowRankNoiseHasThePrescribedFrobeniusNorm()
    {
        var (w, f) = SymmetricNoise.LowRank(4, 6, 6, 0.3, new Random(1));
        var e = new LowRankSymmetricTensor(4, w, f, 6);
        Assert.Equal(0.09, e.ToDense().SquaredNorm(), 10);
        Assert.Equal(0.3, Math.Sqrt(SymmetricNoise.Dense(4, 4, 0.3, new Random(2)).SquaredNorm()), 12);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GeObjectiveGradientAndHvpPassTheChecks(bool lowRank)
    {
        var t = RandomLowRank(4, 5, 6, 11);
        ISymmetricTensor tensor = lowRank ? t : t.ToDense();
        var f = new OrthogonalTensorObjective(tensor, 3);
        var x = TestPoints.Gaussian(15, 5);
        var g = DerivativeChecker.CheckGradient(f, x, new Random(1), tolerance: 1e-7);
        Assert.True(g.Passed, g.ToString());
        var h = DerivativeChecker.CheckHessianVectorProduct(f, x, new Random(2), tolerance: 1e-7);
        Assert.True(h.Passed, h.ToString());
    }

    [Fact]
    public void TheFastKernelAndTheGenericPathAgree()
    {
        var t = RandomLowRank(4, 6, 4, 12);
        var fast = new OrthogonalTensorObjective(t, 4);
        var slow = new OrthogonalTensorObjective(t.ToDense(), 4);
        var x = TestPoints.Gaussian(24, 3);
        var v = TestPoints.Gaussian(24, 4);
        var g1 = new double[24];
        var g2 = new double[24];
        Assert.Equal(slow.ValueAndGradient(x, g2), fast.ValueAndGradient(x, g1), 10);
        Assert.All(Enumerable.Range(0, 24), i => Assert.Equal(g2[i], g1[i], 10));
        fast.HessianVectorProduct(x, v, g1);
        slow.HessianVectorProduct(x, v, g2);
        Assert.All(Enumerable.Range(0, 24), i => Assert.Equal(g2[i], g1[i], 10));
    }

    [Fact]
    public void FrobeniusObjectiveGradientPassesAndIsZeroAtTheComponents()
    {
        var comps = RandomComponents.Orthonormal(3, 4, new Random(1));
        var t = LowRankSymmetricTensor.FromComponents(4, [1, 1, 1], comps);
        var f = new FrobeniusTensorObjective(t, 3, t.ToDenseNormSquared());
        var check = DerivativeChecker.CheckGradient(f, TestPoints.Gaussian(12, 2), new Random(3), tolerance: 1e-7);
        Assert.True(check.Passed, check.ToString());
        Assert.Equal(0, f.Value(RandomComponents.Flatten(comps)), 12);
    }

    [Fact]
    public void SphereCubicGradientAndHvpPassTheChecks()
    {
        var f = new SphereCubicObjective(RandomLowRank(3, 6, 4, 13));
        var x = TestPoints.Gaussian(6, 8);
        Assert.True(DerivativeChecker.CheckGradient(f, x, new Random(1), tolerance: 1e-7).Passed);
        Assert.True(DerivativeChecker.CheckHessianVectorProduct(f, x, new Random(1), tolerance: 1e-7).Passed);
    }

    [Fact]
    public void MatchingIsOptimalOverPermutationsAndSigns()
    {
        var truths = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
        var estimates = new double[] { 0, -1, 0, 0.0, 0, 1.0, 0.99, 0.1, 0 };
        double expected = Math.Sqrt((0.01 * 0.01) + (0.1 * 0.1));
        Assert.Equal(expected, ComponentMatching.Error(estimates, truths, 3), 12);
        Assert.Equal([2, 1, 0], ComponentMatching.Hungarian(new double[,] { { 4, 1, 0 }, { 2, 0, 5 }, { 0, 3, 3 } }));
    }
}

public sealed class MultilinearFormTests
{
    /// <summary>Eq. 4 by brute force over the dense entries, against both implementations.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void MultilinearFormMatchesTheDefinition(int order)
    {
        const int d = 4;
        var low = new LowRankSymmetricTensor(order, [0.7, -1.2, 0.4], TestPoints.Gaussian(3 * d, order), d);
        var dense = low.ToDense();
        var ms = Enumerable.Range(0, order).Select(t => MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfColumnMajor(d, 2 + (t % 2), TestPoints.Gaussian(d * (2 + (t % 2)), 10 + t))).ToArray();
        var fast = MultilinearForm.Apply(low, ms);
        var generic = MultilinearForm.Apply(dense, ms);
        var sizes = ms.Select(m => m.ColumnCount).ToArray();
        var data = dense.Data.ToArray();
        for (int flat = 0; flat < fast.Length; flat++)
        {
            var idx = new int[order];
            int rest = flat;
            for (int t = order - 1; t >= 0; t--)
            {
                idx[t] = rest % sizes[t];
                rest /= sizes[t];
            }

            double expected = 0;
            for (int j = 0; j < data.Length; j++)
            {
                int r = j;
                double prod = data[j];
                for (int t = order - 1; t >= 0; t--)
                {
                    prod *= ms[t][r % d, idx[t]];
                    r /= d;
                }

                expected += prod;
            }

            Assert.Equal(expected, fast[flat], 10);
            Assert.Equal(expected, generic[flat], 10);
        }
    }
}
