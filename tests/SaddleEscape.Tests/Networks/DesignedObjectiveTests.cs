using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Networks;
using SaddleEscape.Objectives;

namespace SaddleEscape.Tests.Networks;

public sealed class DesignedObjectiveTests
{
    /// <summary>A user-supplied activation with σ₄ ≠ 0 (sigmoid and tanh are odd about their centre, so σ₄ = 0 and G is undefined for them).</summary>
    private static readonly Activation Softplus = new("softplus", z => Math.Log(1 + Math.Exp(z)), z => 1 / (1 + Math.Exp(-z)));

    private static TeacherNetwork Teacher(string activation, int d) =>
        new(Enumerable.Range(0, d).Select(i => 1.0 + (0.1 * i)).ToArray(), RandomOrthogonal(d, 3), d, activation == "softplus" ? Softplus : Activation.Named(activation));

    private static double[] RandomOrthogonal(int d, int seed) => SaddleEscape.Tensors.RandomComponents.Flatten(SaddleEscape.Tensors.RandomComponents.Orthonormal(d, d, new Random(seed)));

    /// <summary>The batch objective for fixed samples, as an ordinary objective for the derivative checker.</summary>
    private sealed class FixedBatch(DesignedObjectiveSampler sampler, Matrix<double> xs, double[] ys, int dimension) : IObjective
    {
        public int Dimension => dimension;

        public double Value(ReadOnlySpan<double> x) => sampler.Evaluate(x, [], xs, ys);

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => sampler.Evaluate(x, gradient, xs, ys);
    }

    [Theory]
    [InlineData(4, 50)] // m̃ = m = 4: 4-wide strips only; one partial panel
    [InlineData(7, 53)] // m̃ = 8 (a zero column); x's 7 columns: a 4-wide strip and 3 single columns
    [InlineData(50, 130)] // the paper's d: 12-wide register tiles, 2-column tails, two full panels of 64 rows and one of 2
    public void SampleGradientMatchesFiniteDifferences(int d, int rows)
    {
        var teacher = Teacher("relu", d);
        var sampler = new DesignedObjectiveSampler(teacher, new DesignedObjectiveSettings(0.3, 2));
        var random = new Random(1);
        var xs = Matrix<double>.Build.Dense(rows, d);
        var ys = new double[rows];
        var row = new double[d];
        for (int t = 0; t < rows; t++)
        {
            ys[t] = teacher.Sample(random, row);
            xs.SetRow(t, row);
        }

        var check = DerivativeChecker.CheckGradient(new FixedBatch(sampler, xs, ys, d * d), TestPoints.Gaussian(d * d, 2), new Random(3), tolerance: 1e-7);
        Assert.True(check.Passed, check.ToString());
    }

    [Fact]
    public void PopulationGradientAndHvpMatchFiniteDifferences()
    {
        var g = new DesignedObjectiveG(Teacher("softplus", 5), new DesignedObjectiveSettings(0.2, 3));
        var x = TestPoints.Gaussian(25, 4);
        Assert.True(DerivativeChecker.CheckGradient(g, x, new Random(1), tolerance: 1e-7).Passed);
        var h = DerivativeChecker.CheckHessianVectorProduct(g, x, new Random(2), tolerance: 1e-7);
        Assert.True(h.Passed, h.ToString());
    }

    /// <summary>The population closed form (Stein's lemma; Thm. 2.6 up to its factor 2) against Monte Carlo: value and every gradient coordinate within 4 standard errors.</summary>
    [Theory]
    [InlineData("relu")]
    [InlineData("softplus")]
    public void PopulationFormMatchesMonteCarlo(string activation)
    {
        var (teacher, settings, b, exact, exactValue) = PopulationAt(activation, 3);
        MonteCarloAgreement.Check(new DesignedObjectiveSampler(teacher, settings), b, exactValue, exact, batches: 400, batch: 2500, seed: 11);
    }

    /// <summary>A teacher, μ = 0.5, λ = 1, a point B and the population G's value and gradient there.</summary>
    private static (TeacherNetwork Teacher, DesignedObjectiveSettings Settings, double[] B, double[] Gradient, double Value) PopulationAt(string activation, int d)
    {
        var teacher = Teacher(activation, d);
        var settings = new DesignedObjectiveSettings(0.5, 1);
        var b = TestPoints.Gaussian(d * d, 7, 0.7);
        var exact = new double[d * d];
        double value = new DesignedObjectiveG(teacher, settings).ValueAndGradient(b, exact);
        return (teacher, settings, b, exact, value);
    }

    /// <summary>
    /// Centred labels y − ȳ − ĉᵀx leave the population G unchanged (Monte Carlo within 4 SE of the closed form, as uncentred)
    /// and cut the variance of the sampled gradient: ȳ and ĉ come from only 2 000 samples, so the agreement does not
    /// rest on their accuracy (G's terms are orthogonal to every constant and linear function).
    /// </summary>
    [Fact]
    public void CenteredLabelsKeepThePopulationGAndCutTheGradientNoise()
    {
        const int d = 4;
        var (teacher, settings, b, exact, exactValue) = PopulationAt("relu", d);
        var centered = new DesignedObjectiveSampler(teacher, settings, LabelCentring.Estimate(teacher, 2_000, 5));
        var plain = new DesignedObjectiveSampler(teacher, settings);
        MonteCarloAgreement.Check(centered, b, exactValue, exact, batches: 400, batch: 2500, seed: 11);

        double Spread(DesignedObjectiveSampler sampler)
        {
            var random = new Random(3);
            var g = new double[d * d];
            double sum = 0;
            for (int k = 0; k < 200; k++)
            {
                sampler.StochasticGradient(b, g, 500, random);
                sum += Enumerable.Range(0, d * d).Sum(i => (g[i] - exact[i]) * (g[i] - exact[i]));
            }

            return sum / 200;
        }

        double ratio = Spread(centered) / Spread(plain);
        Assert.True(ratio < 0.5, $"centred/plain gradient variance {ratio}");
    }

    [Fact]
    public void DrawingEachRowBlockWhereItIsUsedGivesTheBatchOfSampleBatch()
    {
        // 5 000 rows: two full blocks of TeacherNetwork.RowsPerBlock and a partial one, drawn by the gradient's threads.
        var teacher = new TeacherNetwork(Enumerable.Repeat(1.0, 4).ToArray(), RandomOrthogonal(4, 5), 4, Activation.Relu, noiseStd: 0.1);
        var sampler = new DesignedObjectiveSampler(teacher, new DesignedObjectiveSettings(0.3, 2));
        var b = TestPoints.Gaussian(16, 9);
        var fused = new double[16];
        var separate = new double[16];
        double fusedValue = sampler.StochasticGradient(b, fused, 5_000, new Random(21));
        var (xs, ys) = teacher.SampleBatch(5_000, new Random(21));
        double separateValue = sampler.Evaluate(b, separate, xs, ys);
        Assert.Equal(separateValue, fusedValue);
        Assert.Equal(separate, fused);
        // Block 1 (rows 2048–4095) is SampleBlock with NormalGenerator's stream BlockSeed(seed, 1); its labels carry N(0, 0.1²) noise.
        int rows = TeacherNetwork.RowsPerBlock;
        var block = new double[rows * 4];
        var labels = new double[rows];
        teacher.SampleBlock(block, labels, SaddleEscape.Numerics.NormalGenerator.BlockSeed(TeacherNetwork.NextSeed(new Random(21)), 1));
        Assert.Equal(block, xs.SubMatrix(rows, rows, 0, 4).ToRowMajorArray());
        Assert.Equal(labels, ys.AsSpan(rows, rows).ToArray());
        var noise = Enumerable.Range(0, rows).Select(t => labels[t] - teacher.Output(block.AsSpan(t * 4, 4))).ToArray();
        double sd = Math.Sqrt(noise.Select(v => v * v).Average());
        Assert.InRange(sd, 0.1 * (1 - (5 / Math.Sqrt(2.0 * rows))), 0.1 * (1 + (5 / Math.Sqrt(2.0 * rows))));
    }

    [Fact]
    public void OddActivationsAreRejectedBecauseSigmaFourVanishes()
    {
        var e = Assert.Throws<ArgumentException>(() => new DesignedObjectiveG(Teacher("tanh", 3), new DesignedObjectiveSettings()));
        Assert.Contains("σ₄", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PermutationErrorIsZeroForSignedPermutationsAndLargeOtherwise()
    {
        var bStar = RandomOrthogonal(4, 1);
        var permuted = new double[16];
        int[] perm = [2, 0, 3, 1];
        for (int i = 0; i < 4; i++)
        {
            for (int l = 0; l < 4; l++)
            {
                permuted[(i * 4) + l] = (i % 2 == 0 ? -1 : 1) * 1.3 * bStar[(perm[i] * 4) + l];
            }
        }

        Assert.Equal(0, PermutationError.Error(PermutationError.Q(permuted, bStar, 4)), 12);
        Assert.True(PermutationError.Error(PermutationError.Q(TestPoints.Gaussian(16, 5), bStar, 4)) > 0.1);
    }
}

public sealed class NonOrthogonalObjectiveTests
{
    /// <summary>App. C: the two-sample estimate of F agrees with the population F (G with the weighted norm) within 4 standard errors, value and gradient.</summary>
    [Fact]
    public void SampleFMatchesThePopulationForm()
    {
        const int d = 3;
        var comps = SaddleEscape.Tensors.RandomComponents.WithCondition(d, d, 3, new Random(2));
        var teacher = new TeacherNetwork([1.0, 1.4, 0.8], SaddleEscape.Tensors.RandomComponents.Flatten(comps), d, Activation.Relu);
        var settings = new DesignedObjectiveSettings(0.5, 2);
        var sampler = new NonOrthogonalObjectiveSampler(teacher, settings);
        var population = new DesignedObjectiveG(teacher, settings, weightedNorm: true);
        var b = TestPoints.Gaussian(d * d, 5, 0.7);
        var exact = new double[d * d];
        double exactValue = population.ValueAndGradient(b, exact);
        MonteCarloAgreement.Check(sampler, b, exactValue, exact, batches: 400, batch: 2500, seed: 3);
    }

    [Fact]
    public void WeightedPopulationFormPassesTheDerivativeChecks()
    {
        var comps = SaddleEscape.Tensors.RandomComponents.WithCondition(4, 4, 5, new Random(1));
        var teacher = new TeacherNetwork([1.0, 1.4, 0.8, 1.1], SaddleEscape.Tensors.RandomComponents.Flatten(comps), 4, Activation.Relu);
        var f = new DesignedObjectiveG(teacher, new DesignedObjectiveSettings(0.3, 2), weightedNorm: true);
        var x = TestPoints.Gaussian(16, 2);
        Assert.True(SaddleEscape.Objectives.DerivativeChecker.CheckGradient(f, x, new Random(1), tolerance: 1e-7).Passed);
        Assert.True(SaddleEscape.Objectives.DerivativeChecker.CheckHessianVectorProduct(f, x, new Random(2), tolerance: 1e-7).Passed);
    }
}

/// <summary>
/// Seed 003 App. F: without the regulariser, P′(B) = Σ_i a*_i Σ_{j≠k}⟨b*_i,b_j⟩²⟨b*_i,b_k⟩² on unit rows has a
/// spurious local minimum at B = (e₁, e₁, e₂, (e₃+e₄)/√2) when a* = (1, 2+δ, 2+δ, 2+δ), δ &gt; 0 — i.e. when
/// max a* &gt; 2 min a*. P′ is Ge et al.'s Eq. 6 for T = Σ a*_i e_i^⊗4, so the tensor objective certifies it.
/// </summary>
public sealed class SpuriousMinimumTests
{
    private static SaddleEscape.Landscape.Certificate Certify(double others)
    {
        var t = SaddleEscape.Tensors.LowRankSymmetricTensor.FromComponents(4, [1, others, others, others],
            new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } });
        var p = new SaddleEscape.Tensors.OrthogonalTensorObjective(t, 4);
        double h = Math.Sqrt(0.5);
        var b = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, h, h };
        Assert.Equal(2.0, p.Value(b), 12); // ordered pairs: the paper's value 1 counts each pair once
        return SaddleEscape.Landscape.SecondOrderCertificate.Compute(new Oracle(p), new SaddleEscape.Manifolds.ProductOfSpheres(4, 4), b,
            new SaddleEscape.Landscape.CertificateOptions(1e-9, 1e-9));
    }

    [Fact]
    public void WithMaxAStarAboveTwiceMinItIsASecondOrderStationaryNonGlobalPoint()
    {
        var cert = Certify(2.1);
        Assert.True(cert.GradientNorm < 1e-12);
        Assert.True(cert.LambdaMin >= -1e-9, $"λ_min = {cert.LambdaMin}");
        // b₄ can rotate inside span(e₃, e₄) at no cost: one exactly flat direction, so the certificate says degenerate.
        Assert.Equal(SaddleEscape.Landscape.Classification.Degenerate, cert.Classification);
    }

    [Fact]
    public void BelowTheThresholdTheSamePointIsAStrictSaddle()
    {
        var cert = Certify(1.5);
        Assert.True(cert.GradientNorm < 1e-12);
        Assert.Equal(SaddleEscape.Landscape.Classification.StrictSaddle, cert.Classification);
    }
}
