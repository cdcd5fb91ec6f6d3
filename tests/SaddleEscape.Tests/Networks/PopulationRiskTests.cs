using SaddleEscape.Networks;

namespace SaddleEscape.Tests.Networks;

/// <summary>Thm. 2.1 and Thm. 2.2 of Ge, Lee &amp; Ma 2018 against Monte Carlo estimates of the sample losses.</summary>
public sealed class PopulationRiskTests
{
    private static double[] UnitRows(int m, int d, int seed)
    {
        var b = TestPoints.Gaussian(m * d, seed);
        for (int i = 0; i < m; i++)
        {
            double norm = Math.Sqrt(Enumerable.Range(0, d).Sum(j => b[(i * d) + j] * b[(i * d) + j]));
            for (int j = 0; j < d; j++)
            {
                b[(i * d) + j] /= norm;
            }
        }

        return b;
    }

    private static (double Mean, double StandardError) MonteCarlo(TeacherNetwork teacher, double[] a, double[] b, Func<double, double> gamma, int n, int seed)
    {
        var random = new Random(seed);
        var x = new double[teacher.InputDimension];
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++)
        {
            double y = teacher.Sample(random, x);
            double e = TeacherNetwork.NetworkOutput(a, b, x, gamma) - y;
            sum += e * e;
            sum2 += e * e * e * e;
        }

        double mean = sum / n;
        return (mean, Math.Sqrt(((sum2 / n) - (mean * mean)) / n));
    }

    [Theory]
    [InlineData("relu", 1)]
    [InlineData("sigmoid", 2)]
    [InlineData("tanh", 3)]
    public void TheoremTwoOneMatchesMonteCarlo(string activation, int seed)
    {
        var act = Activation.Named(activation);
        var teacher = new TeacherNetwork([1.0, 0.6, 1.4], UnitRows(3, 5, seed), 5, act, noiseStd: 0.1);
        var risk = HermiteSeriesRisk.SameActivation(teacher);
        foreach (int point in new[] { 10, 20, 30 })
        {
            var a = new[] { 0.8, 1.1, 0.5 };
            var b = UnitRows(3, 5, seed * 100 + point);
            double closed = risk.Value(a, b);
            var (mean, se) = MonteCarlo(teacher, a, b, act.Function, 200_000, point);
            Assert.True(Math.Abs(mean - closed) <= (4 * se) + risk.TruncationBound(a), $"{activation}: Monte Carlo {mean} ± {se} vs closed form {closed} (truncation ≤ {risk.TruncationBound(a):E1})");
        }
    }

    [Theory]
    [InlineData("relu", 4)]
    [InlineData("sigmoid", 5)]
    public void TheoremTwoTwoMatchesMonteCarlo(string activation, int seed)
    {
        var act = Activation.Named(activation);
        var teacher = new TeacherNetwork([1.0, 1.0, 1.0], UnitRows(3, 4, seed), 4, act);
        var risk = HermiteSeriesRisk.HermiteActivation(teacher);
        double s2 = risk.TeacherCoefficients[2], s4 = risk.TeacherCoefficients[4];
        double Gamma(double z) => (s2 * HermitePolynomials.Evaluate(2, z)) + (s4 * HermitePolynomials.Evaluate(4, z));
        var a = new[] { 0.9, 1.2, 0.7 };
        var b = UnitRows(3, 4, seed + 50);
        var (mean, se) = MonteCarlo(teacher, a, b, Gamma, 200_000, seed);
        double closed = risk.Value(a, b);
        Assert.True(Math.Abs(mean - closed) <= (4 * se) + risk.TruncationBound(a), $"{activation}: Monte Carlo {mean} ± {se} vs closed form {closed}");
        Assert.Equal(0, risk.StudentTail);
    }

    [Fact]
    public void TheRiskVanishesAtTheTeacherAndTheTruncationBoundShrinksWithK()
    {
        var teacher = new TeacherNetwork([1.0, 0.5], UnitRows(2, 3, 8), 3, Activation.Relu);
        Assert.Equal(0, HermiteSeriesRisk.SameActivation(teacher).Value(teacher.A, teacher.B), 12);
        double b10 = HermiteSeriesRisk.SameActivation(teacher, 10).TruncationBound(teacher.A);
        double b60 = HermiteSeriesRisk.SameActivation(teacher, 60).TruncationBound(teacher.A);
        Assert.True(b60 < b10 / 3, $"bound {b10} at K = 10, {b60} at K = 60");
        Assert.Throws<ArgumentException>(() => HermiteSeriesRisk.SameActivation(teacher).Value([1.0, 1.0], [2, 0, 0, 0, 1, 0]));
    }
}

/// <summary>The Riemannian (unit-row) gradient of Thm. 2.1/2.2's closed form against Monte Carlo sample gradients.</summary>
public sealed class PopulationGradientTests
{
    [Theory]
    [InlineData("sigmoid", false)]
    [InlineData("relu", true)]
    public void ClosedFormGradientMatchesMonteCarloOnTheTangentSpace(string activation, bool hermiteStudent)
    {
        const int m = 3, d = 4;
        var act = Activation.Named(activation);
        var bStar = SaddleEscape.Tensors.RandomComponents.Flatten(SaddleEscape.Tensors.RandomComponents.Orthonormal(m, d, new Random(1)));
        var teacher = new TeacherNetwork([1.0, 0.7, 1.3], bStar, d, act);
        var risk = hermiteStudent ? HermiteSeriesRisk.HermiteActivation(teacher) : HermiteSeriesRisk.SameActivation(teacher);
        Func<double, double> gamma = act.Function, gammaPrime = act.Derivative;
        if (hermiteStudent)
        {
            double s2 = risk.TeacherCoefficients[2], s4 = risk.TeacherCoefficients[4];
            gamma = z => (s2 * HermitePolynomials.Evaluate(2, z)) + (s4 * HermitePolynomials.Evaluate(4, z));
            gammaPrime = z => (s2 * Math.Sqrt(2) * HermitePolynomials.Evaluate(1, z)) + (s4 * 2 * HermitePolynomials.Evaluate(3, z));
        }

        var loss = new NetworkSquaredLoss(teacher, gamma, gammaPrime, 10, 1);
        var a = new[] { 0.9, 1.1, 0.6 };
        var rows = new SaddleEscape.Manifolds.ProductOfSpheres(m, d);
        var b = TestPoints.Gaussian(m * d, 9);
        rows.ProjectToManifold(b);
        var manifold = new SaddleEscape.Manifolds.CartesianProduct(new SaddleEscape.Manifolds.Euclidean(m), rows);
        double[] x = [.. a, .. b];

        var exact = new double[x.Length];
        risk.Gradient(a, b, exact.AsSpan(0, m), exact.AsSpan(m));
        manifold.ProjectToTangent(x, exact, exact);

        MonteCarloAgreement.Check(loss, x, null, exact, batches: 300, batch: 2000, seed: 5, project: g => manifold.ProjectToTangent(x, g, g), slack: 1e-9);
    }
}

public sealed class ReluPopulationRiskTests
{
    [Fact]
    public void ArcCosineClosedFormMatchesMonteCarloInValueAndGradientForRowsOfAnyNorm()
    {
        const int m = 3, d = 4;
        var teacher = new TeacherNetwork([1.0, 0.7, 1.3], TestPoints.Gaussian(m * d, 1), d, Activation.Relu, 0.2);
        var population = new ReluPopulationRisk(teacher);
        var loss = new NetworkSquaredLoss(teacher, Activation.Relu.Function, Activation.Relu.Derivative, 10, 1);
        double[] x = [0.9, -0.4, 1.2, .. TestPoints.Gaussian(m * d, 2, 0.8)];
        var exact = new double[x.Length];
        double exactValue = population.ValueAndGradient(x, exact);
        MonteCarloAgreement.Check(loss, x, exactValue, exact, batches: 300, batch: 2000, seed: 7);

        var check = SaddleEscape.Objectives.DerivativeChecker.CheckGradient(population, x, new Random(3), step: 1e-6, tolerance: 1e-7);
        Assert.True(check.Passed, check.ToString());
        Assert.Equal(0.04, population.Value([.. teacher.A, .. teacher.B]), 12);
    }
}
