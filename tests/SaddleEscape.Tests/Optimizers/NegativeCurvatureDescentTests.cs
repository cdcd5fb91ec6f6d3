using SaddleEscape.Cli;
using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Tests.Optimizers;

[Collection("console")]
public sealed class NegativeCurvatureDescentTests
{
    [Fact]
    public void WithTheFirstOrderOracleFromTheSaddleItselfItEndsAtALocalMinimum()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-nc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string init = Path.Combine(dir, "z.json");
            File.WriteAllText(init, "[0,0,0,0,0,0,0,0,0,0]");
            string output = Path.Combine(dir, "out");
            ConsoleCapture.Run(() => Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "10", "--init", init, "--optimizer", "nc-descent", "--opt", "oracle=first-order", "--out", output])));
            Assert.Contains("\"local-min\"", File.ReadAllText(Path.Combine(output, "summary.json")), StringComparison.Ordinal);
            Assert.Contains("nc-step", File.ReadAllText(Path.Combine(output, "trace.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("octopus", "lanczos")]
    [InlineData("tensor-orthogonal-4", "lanczos")]
    [InlineData("octopus", "first-order")]
    [InlineData("tensor-orthogonal-4", "first-order")]
    public void ItEndsCertifiedAtALocalMinimum(string problemName, string oracle)
    {
        for (int seed = 0; seed < 3; seed++)
        {
            var problem = ProblemCatalog.Get(problemName).Create(10, [], seed);
            var instance = problem.Instance;
            var optimizer = OptimizerCatalog.Get("nc-descent").Create([$"oracle={oracle}"], problem);
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, optimizer, instance.Start, new MinimizerOptions
            {
                Seed = seed,
                Stop = StoppingRule.AfterIterations(20_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
            });
            Assert.Equal(Classification.LocalMinimum, result.Certificate!.Classification);
            if (oracle == "first-order")
            {
                Assert.Equal(0, result.Counts.HessianVectorProducts);
            }
        }
    }
}
