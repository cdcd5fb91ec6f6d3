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
    [InlineData("cubic", "")]
    [InlineData("saddle-free-newton", "")]
    [InlineData("nc-descent", "")]
    [InlineData("nc-descent", "oracle=first-order")]
    public void FromTheSaddleItselfWithZeroGradientItEndsAtALocalMinimum(string optimizer, string option)
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-so-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string init = Path.Combine(dir, "z.json");
            File.WriteAllText(init, "[0,0,0,0,0,0,0,0,0,0]");
            string output = Path.Combine(dir, "out");
            string[] opt = option.Length > 0 ? ["--opt", option] : [];
            ConsoleCapture.Run(() => Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "10", "--init", init, "--optimizer", optimizer, .. opt, "--out", output])));
            Assert.Contains("\"local-min\"", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
            Assert.Contains("nc-step", File.ReadAllText(Path.Combine(output, "trace.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("cubic", "octopus", "")]
    [InlineData("cubic", "tensor-orthogonal-4", "")]
    [InlineData("saddle-free-newton", "octopus", "")]
    [InlineData("saddle-free-newton", "tensor-orthogonal-4", "")]
    [InlineData("nc-descent", "octopus", "")]
    [InlineData("nc-descent", "tensor-orthogonal-4", "")]
    [InlineData("nc-descent", "octopus", "oracle=first-order")]
    [InlineData("nc-descent", "tensor-orthogonal-4", "oracle=first-order")]
    public void ItEndsCertifiedAtALocalMinimum(string optimizer, string problemName, string option)
    {
        for (int seed = 0; seed < 3; seed++)
        {
            var problem = ProblemCatalog.Get(problemName).Create(10, [], seed);
            var instance = problem.Instance;
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, OptimizerCatalog.Get(optimizer).Create(option.Length > 0 ? [option] : [], problem), instance.Start, new MinimizerOptions
            {
                Seed = seed,
                Stop = StoppingRule.AfterIterations(20_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
            });
            // nc-descent finishes itself when it finds no negative curvature; the others stop at the second-order rule.
            Assert.Equal(optimizer == "nc-descent" ? StopCode.OptimizerFinished : StopCode.SecondOrderStationary, result.StopReason.Code);
            Assert.Equal(Classification.LocalMinimum, result.Certificate!.Classification);
            if (option == "oracle=first-order")
            {
                Assert.Equal(0, result.Counts.HessianVectorProducts);
            }
            else
            {
                Assert.True(result.Counts.HessianVectorProducts > 0);
            }
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
