using SaddleEscape.Cli;
using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using System.Text.Json;

namespace SaddleEscape.Tests.Optimizers;

[Collection("console")]
public sealed class CubicRegularizationTests
{
    [Fact]
    public void FromTheSaddleItselfWithZeroGradientItEndsAtALocalMinimum()
    {
        // The check: saddle run --problem quadratic-saddle --dim 10 --init z.json (ten zeros) --optimizer cubic.
        string dir = Path.Combine(Path.GetTempPath(), "saddle-cubic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string init = Path.Combine(dir, "z.json");
            File.WriteAllText(init, "[0,0,0,0,0,0,0,0,0,0]");
            string output = Path.Combine(dir, "out");
            ConsoleCapture.Run(() => Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "10", "--init", init, "--optimizer", "cubic", "--out", output])));
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
            string text = summary.RootElement.ToString();
            Assert.Contains("\"local-min\"", text, StringComparison.Ordinal);
            Assert.Contains("nc-step", File.ReadAllText(Path.Combine(output, "trace.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("octopus", 10)]
    [InlineData("tensor-orthogonal-4", 10)]
    public void ItEndsCertifiedAtALocalMinimum(string problemName, int d)
    {
        for (int seed = 0; seed < 3; seed++)
        {
            var problem = ProblemCatalog.Get(problemName).Create(d, [], seed);
            var instance = problem.Instance;
            var optimizer = OptimizerCatalog.Get("cubic").Create([], problem);
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, optimizer, instance.Start, new MinimizerOptions
            {
                Seed = seed,
                Stop = StoppingRule.AfterIterations(2_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
            });
            Assert.Equal(Classification.LocalMinimum, result.Certificate!.Classification);
            Assert.True(result.Counts.HessianVectorProducts > 0);
            if (instance.Truth?.GlobalMinimum is { } fStar)
            {
                Assert.True(result.FinalValue - fStar <= 1e-6 * Math.Max(1, Math.Abs(fStar)), $"seed {seed}: f − f* = {result.FinalValue - fStar}");
            }
        }
    }

    [Fact]
    public void BadParametersAreRejectedInOneLine()
    {
        var problem = ProblemCatalog.Get("quadratic-saddle").Create(4, [], 0);
        var error = Assert.Throws<ArgumentException>(() => OptimizerCatalog.Get("cubic").Create(["eta1=0.5", "eta2=0.2"], problem));
        Assert.Contains("eta2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Throws<ArgumentException>(() => OptimizerCatalog.Get("cubic").Create(["gamma=1"], problem));
    }
}
