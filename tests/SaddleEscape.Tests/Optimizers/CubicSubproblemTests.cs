using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Tests.Optimizers;

public sealed class CubicSubproblemTests
{
    private static double Model(Matrix<double> a, Vector<double> b, Vector<double> y, double sigma) =>
        b.DotProduct(y) + (0.5 * y.DotProduct(a * y)) + (sigma / 3 * Math.Pow(y.L2Norm(), 3));

    /// <summary>The global-minimum conditions of Cartis, Gould &amp; Toint 2011, Thm. 3.1, to 1e-8, and no random perturbation does better.</summary>
    private static void AssertGlobal(Matrix<double> a, Vector<double> b, double[] yArray, double mu, double sigma)
    {
        var y = Vector<double>.Build.DenseOfArray(yArray);
        int n = a.RowCount;
        var residual = ((a + (mu * Matrix<double>.Build.DenseIdentity(n))) * y) + b;
        Assert.True(residual.L2Norm() <= 1e-8 * Math.Max(1, b.L2Norm()), $"‖(A + μI)y + b‖ = {residual.L2Norm():E2}");
        Assert.True(Math.Abs(mu - (sigma * y.L2Norm())) <= 1e-8 * Math.Max(1, mu), $"μ = {mu} vs σ‖y‖ = {sigma * y.L2Norm()}");
        double lowest = (a + (mu * Matrix<double>.Build.DenseIdentity(n))).Evd(Symmetricity.Symmetric).EigenValues.Min(c => c.Real);
        Assert.True(lowest >= -1e-8, $"λ_min(A + μI) = {lowest}");
        var random = new Random(3);
        double best = Model(a, b, y, sigma);
        for (int trial = 0; trial < 2000; trial++)
        {
            var z = y + Vector<double>.Build.Dense(n, _ => (random.NextDouble() - 0.5) * (trial < 1000 ? 1e-3 : 2));
            Assert.True(Model(a, b, z, sigma) >= best - 1e-12, $"a perturbation lowers the model: {Model(a, b, z, sigma)} < {best}");
        }
    }

    private static Matrix<double> RandomSymmetric(int n, int seed, double shift)
    {
        var random = new Random(seed);
        var m = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() - 0.5);
        return m + m.Transpose() + (shift * Matrix<double>.Build.DenseIdentity(n));
    }

    [Theory]
    [InlineData(6, 1, 0.5, 0.0)]
    [InlineData(12, 2, 2.0, -1.0)]
    [InlineData(20, 3, 0.1, 1.5)]
    public void DenseSolutionsMeetTheGlobalOptimalityConditions(int n, int seed, double sigma, double shift)
    {
        var a = RandomSymmetric(n, seed, shift);
        var random = new Random(seed + 100);
        var b = Vector<double>.Build.Dense(n, _ => random.NextDouble() - 0.5);
        var (y, mu, hard, _) = CubicSubproblem.SolveDense(a, b, sigma);
        Assert.False(hard);
        AssertGlobal(a, b, y, mu, sigma);
    }

    [Fact]
    public void TheHardCaseIsSolvedWithBothSignsOfTheFreeComponent()
    {
        // A = diag(−1, 1, 2, 3), b ⟂ e₁: ‖(A + I)⁺b‖ = 0.601 ≤ 1/σ at σ = 1, so μ = 1 and y = −(A + I)⁺b ± τe₁.
        var a = Matrix<double>.Build.DenseOfDiagonalArray([-1, 1, 2, 3]);
        var b = Vector<double>.Build.DenseOfArray([0, 1, 1, 1]);
        var (y, mu, hard, alternative) = CubicSubproblem.SolveDense(a, b, 1);
        Assert.True(hard);
        Assert.Equal(1, mu, 12);
        AssertGlobal(a, b, y, mu, 1);
        AssertGlobal(a, b, alternative!, mu, 1);
        Assert.Equal(-y[0], alternative![0], 12);
        Assert.True(Math.Abs(y[0]) > 0.5);
    }

    [Theory]
    [InlineData("easy")]
    [InlineData("hard")]
    [InlineData("saddle")]
    public void TheKrylovSolverMatchesTheDenseSolutionToOneInAHundredMillion(string kind)
    {
        const int n = 15;
        const double sigma = 0.7;
        var a = RandomSymmetric(n, 7, -0.5);
        var evd = a.Evd(Symmetricity.Symmetric);
        var bottom = evd.EigenVectors.Column(Enumerable.Range(0, n).MinBy(i => evd.EigenValues[i].Real));
        var random = new Random(8);
        var g = Vector<double>.Build.Dense(n, _ => random.NextDouble() - 0.5);
        if (kind == "hard")
        {
            g -= g.DotProduct(bottom) * bottom;
            g *= 1e-3;
        }
        else if (kind == "saddle")
        {
            g = Vector<double>.Build.Dense(n);
        }

        var step = CubicSubproblem.Solve(new DenseSymmetricOperator(a), g.ToArray(), sigma, krylovDimension: n, seed: 1);
        var (y, mu, _, alternative) = CubicSubproblem.SolveDense(a, g, sigma);
        double model = Model(a, g, Vector<double>.Build.DenseOfArray(step.Step), sigma);
        Assert.Equal(Model(a, g, Vector<double>.Build.DenseOfArray(y), sigma), model, 1e-8);
        Assert.Equal(-model, step.ModelDecrease, 1e-8);
        Assert.Equal(mu, step.Multiplier, 1e-8);
        AssertGlobal(a, g, step.Step, step.Multiplier, sigma);
        if (kind != "easy")
        {
            Assert.True(step.HardCase);
            Assert.NotNull(step.Alternative);
            AssertGlobal(a, g, step.Alternative!, step.Multiplier, sigma);
            double lowest = evd.EigenValues.Min(c => c.Real);
            Assert.True(Vector<double>.Build.DenseOfArray(step.Step).L2Norm() >= -lowest / sigma - 1e-8, "the step must reach the bottom eigenvector's scale −λ_min/σ");
        }
    }
}
