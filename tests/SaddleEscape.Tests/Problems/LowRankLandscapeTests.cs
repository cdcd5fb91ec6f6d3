using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Cli;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using System.Text.Json;

namespace SaddleEscape.Tests.Problems;

[Collection("console")]
public sealed class LowRankLandscapeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "saddle-lowrank-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    private static Matrix<double> Gaussian(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1));
    }

    public static TheoryData<string> Objectives() => ["deep-linear", "symmetric", "sensing", "asymmetric"];

    private static IObjective Build(string name) => name switch
    {
        "deep-linear" => new DeepLinearNetwork(3, Gaussian(3, 7, 1), Gaussian(3, 7, 2)),
        "symmetric" => new SymmetricMatrixFactorization(Gaussian(5, 2, 3).TransposeAndMultiply(Gaussian(5, 2, 3)), 2),
        "sensing" => new SymmetricMatrixFactorization(Gaussian(5, 2, 3).TransposeAndMultiply(Gaussian(5, 2, 3)), 2,
            [.. Enumerable.Range(0, 6).Select(i => Gaussian(5, 5, 10 + i) + Gaussian(5, 5, 10 + i).Transpose())]),
        _ => new AsymmetricMatrixFactorization(Gaussian(4, 2, 4).TransposeAndMultiply(Gaussian(6, 2, 5)), 2, 0.5),
    };

    [Theory]
    [MemberData(nameof(Objectives))]
    public void GradientsAndHessianVectorProductsMatchFiniteDifferences(string name)
    {
        var f = Build(name);
        var x = TestPoints.Gaussian(f.Dimension, 7);
        var gradient = DerivativeChecker.CheckGradient(f, x, new Random(1), step: 1e-6, tolerance: 1e-6);
        Assert.True(gradient.Passed, gradient.ToString());
        var hvp = DerivativeChecker.CheckHessianVectorProduct(f, x, new Random(2), step: 1e-6, tolerance: 1e-6);
        Assert.True(hvp.Passed, hvp.ToString());
    }

    private JsonElement Run(params string[] args)
    {
        string dir = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        Assert.Equal(0, SaddleCommandLine.Run([.. args, "--out", dir]));
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json"))).RootElement;
    }

    [Fact]
    public void TheZeroOfADeepLinearNetworkIsADegenerateSaddleFromThreeLayersAndStrictWithTwo()
    {
        // At θ = 0 the gradient vanishes; with K = 2 the Hessian has ±σ(YXᵀ/N) eigenvalues, with K ≥ 3 it is 0 (Kawaguchi 2016).
        var three = Run("run", "--problem", "deep-linear", "--dim", "3", "--set", "start=zero", "depth=3", "--optimizer", "gd", "--max-iters", "0");
        Assert.Equal("degenerate", three.GetProperty("classification").GetString());
        Assert.Equal(0, three.GetProperty("lambda_min").GetDouble(), 12);
        var two = Run("run", "--problem", "deep-linear", "--dim", "3", "--set", "start=zero", "depth=2", "--optimizer", "gd", "--max-iters", "0");
        Assert.Equal("strict-saddle", two.GetProperty("classification").GetString());
    }

    [Fact]
    public void GradientDescentRecoversTheTargetsAndTheZeroFactorIsAStrictSaddle()
    {
        var deep = Run("run", "--problem", "deep-linear", "--dim", "3", "--optimizer", "gd", "--max-iters", "20000", "--grad-tol", "1e-9");
        Assert.True(deep.GetProperty("recovery_error").GetDouble() < 1e-6, $"deep-linear recovery error {deep.GetProperty("recovery_error")}");
        var factor = Run("run", "--problem", "matrix-factorisation", "--dim", "6", "--optimizer", "pgd", "--max-iters", "20000");
        Assert.True(factor.GetProperty("recovery_error").GetDouble() < 1e-6, $"factorisation recovery error {factor.GetProperty("recovery_error")}");
        var zero = Run("run", "--problem", "matrix-factorisation", "--dim", "6", "--set", "start=zero", "--optimizer", "gd", "--max-iters", "0");
        Assert.Equal("strict-saddle", zero.GetProperty("classification").GetString());
        var asymmetric = Run("run", "--problem", "matrix-factorisation", "--dim", "6", "--set", "form=asymmetric", "columns=5", "--optimizer", "pgd", "--max-iters", "20000");
        Assert.True(asymmetric.GetProperty("recovery_error").GetDouble() < 1e-6, $"asymmetric recovery error {asymmetric.GetProperty("recovery_error")}");
    }
}
