using SaddleEscape.Benchmarking;

namespace SaddleEscape.Tests.Benchmarking;

/// <summary>
/// The README's "Benchmark your own solver" C# example, compiled and run here: a user's solver is one class, measured
/// in-process by the same harness as ours (the README holds the text between the markers verbatim; a test checks it).
/// </summary>
public sealed class OwnSolverExampleTests
{
    // readme:begin
    /// <summary>Gradient descent that stops when ‖∇f‖ ≤ ε and says it converged.</summary>
    public sealed class MyGradientDescent : IBenchSolver
    {
        public string Name => "my-gd";
        public string Description => "gradient descent, step 0.05, stops at ‖∇f‖ ≤ ε";

        public BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
        {
            double[] x = (double[])task.Start.Clone(), g = new double[x.Length];
            while (true)
            {
                task.Oracle.ValueAndGradient(x, g); // counted by the harness, whatever the solver says
                if (Math.Sqrt(g.Sum(v => v * v)) <= task.GradientTolerance)
                {
                    return new BenchSolverClaim(x, ClaimsConvergence: true);
                }

                for (int i = 0; i < x.Length; i++)
                {
                    x[i] -= 0.05 * g[i];
                }
            }
        }
    }

    public static BenchRecord RunAtTheSaddle()
    {
        var instance = BenchInstance.Create(BenchSuite.Quick.Family("quadratic-saddle"), dimension: 10, number: 1);
        var record = BenchHarness.Run(instance, BenchStartKinds.ExactSaddle, new MyGradientDescent(), budget: 10_000, seed: 0);
        Console.WriteLine($"{record.Solver}: {record.Outcome}, {record.Classification}, false success: {record.FalseSuccess}");
        return record; // my-gd: converged-claim, strict-saddle, false success: True
    }
    // readme:end

    [Fact]
    public void AGradientMethodThatClaimsConvergenceAtTheExactSaddleIsAFalseSuccess()
    {
        var record = RunAtTheSaddle();
        Assert.Equal("my-gd", record.Solver);
        Assert.Equal(BenchOutcomes.ConvergedClaim, record.Outcome);
        Assert.Equal("strict-saddle", record.Classification);
        Assert.True(record.FalseSuccess);
        Assert.Equal(1, record.Counts.Gradients);
    }

    [Fact]
    public void TheReadmeHoldsTheExampleVerbatim()
    {
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "SaddleEscape.Tests", "Benchmarking", "OwnSolverExampleTests.cs"));
        int begin = source.IndexOf("// readme:begin", StringComparison.Ordinal), end = source.IndexOf("    // readme:end", StringComparison.Ordinal);
        string example = string.Join('\n', source[(source.IndexOf('\n', begin) + 1)..end].Split('\n').Select(l => l.Length >= 4 ? l[4..] : l.TrimStart())).TrimEnd();
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        Assert.Contains(example, readme, StringComparison.Ordinal);
    }
}
