using SaddleEscape.Cli;
using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;

namespace SaddleEscape.Tests.Optimizers;

/// <summary>The checks for the curvature-using methods: from the saddle itself (g = 0) to a certified minimum, and certified minima on octopus and tensor d = 10.</summary>
[Collection("console")]
public sealed class SecondOrderEscapeTests
{
    [Theory]
    [InlineData("cubic")]
    [InlineData("saddle-free-newton")]
    [InlineData("nc-descent")]
    public void FromTheSaddleItselfWithZeroGradientItEndsAtALocalMinimum(string optimizer)
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-so-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string init = Path.Combine(dir, "z.json");
            File.WriteAllText(init, "[0,0,0,0,0,0,0,0,0,0]");
            string output = Path.Combine(dir, "out");
            ConsoleCapture.Run(() => Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "10", "--init", init, "--optimizer", optimizer, "--out", output])));
            Assert.Contains("\"local-min\"", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
            Assert.Contains("nc-step", File.ReadAllText(Path.Combine(output, "trace.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("cubic", "octopus")]
    [InlineData("cubic", "tensor-orthogonal-4")]
    [InlineData("saddle-free-newton", "octopus")]
    [InlineData("saddle-free-newton", "tensor-orthogonal-4")]
    public void ItEndsCertifiedAtALocalMinimum(string optimizer, string problemName)
    {
        for (int seed = 0; seed < 3; seed++)
        {
            var problem = ProblemCatalog.Get(problemName).Create(10, [], seed);
            var instance = problem.Instance;
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, OptimizerCatalog.Get(optimizer).Create([], problem), instance.Start, new MinimizerOptions
            {
                Seed = seed,
                Stop = StoppingRule.AfterIterations(2_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
            });
            Assert.Equal(StopCode.SecondOrderStationary, result.StopReason.Code);
            Assert.Equal(Classification.LocalMinimum, result.Certificate!.Classification);
            Assert.True(result.Counts.HessianVectorProducts > 0);
            if (instance.Truth?.GlobalMinimum is { } fStar)
            {
                Assert.True(result.FinalValue - fStar <= 1e-6 * Math.Max(1, Math.Abs(fStar)), $"seed {seed}: f − f* = {result.FinalValue - fStar}");
            }
        }
    }

    [Theory]
    [InlineData("cubic", "eta2=0.05", "eta1=0.1")]
    [InlineData("saddle-free-newton", "damping=0", "krylov_dim=5")]
    [InlineData("nc-descent", "oracle=neon3", "epsilon=1e-6")]
    public void BadParametersAreRejectedInOneLine(string optimizer, string bad, string other)
    {
        var problem = ProblemCatalog.Get("quadratic-saddle").Create(4, [], 0);
        var error = Assert.Throws<ArgumentException>(() => OptimizerCatalog.Get(optimizer).Create([bad, other], problem));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(bad.Split('=')[0], error.Message, StringComparison.Ordinal);
    }
}
