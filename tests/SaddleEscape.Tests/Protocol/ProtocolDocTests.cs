using SaddleEscape.Experiments.Protocol;

namespace SaddleEscape.Tests.Protocol;

/// <summary>
/// docs/protocol.md is the protocol: its example exchange is what the harness writes when a child sends the example's
/// lines, and a solver written from the page alone (no client) gets the counts the harness records.
/// </summary>
public sealed class ProtocolDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "protocol.md"));

    /// <summary>The lines of the fenced block under "## Example exchange" ("&gt; " harness to solver, "&lt; " solver to harness).</summary>
    internal static List<string> ExampleExchange()
    {
        var lines = Doc.Split('\n');
        int heading = Array.FindIndex(lines, l => l.StartsWith("## Example exchange", StringComparison.Ordinal));
        Assert.True(heading >= 0, "docs/protocol.md has no '## Example exchange'");
        int open = Array.FindIndex(lines, heading, l => l.StartsWith("```", StringComparison.Ordinal));
        int close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return lines[(open + 1)..close].Where(l => l.StartsWith("> ", StringComparison.Ordinal) || l.StartsWith("< ", StringComparison.Ordinal)).ToList();
    }

    [PythonFact]
    public void TheExampleExchangeIsWhatTheHarnessSaysToTheExamplesLines()
    {
        string python = PythonInterpreter.Find()!;
        var example = ExampleExchange();
        Assert.True(example.Count >= 10, "the example exchange is too short");
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, example);
            var transcript = new StringWriter();
            var task = ProtocolTasks.QuadraticSaddle(dimension: 3, budget: 100);
            var solver = new ProcessSolver(ProtocolTasks.Command(python, "replay_solver.py", file)) { Transcript = transcript };
            var claim = solver.Solve(task, CancellationToken.None);
            var actual = transcript.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
            Assert.True(example.SequenceEqual(actual), "the exchange the harness had:\n" + string.Join('\n', actual));
            Assert.True(claim.ClaimsConvergence);
            Assert.Equal((1L, 2L, 2L), (task.Oracle.Counts.Values, task.Oracle.Counts.Gradients, task.Oracle.Counts.HessianVectorProducts));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [PythonFact]
    public void ASolverWrittenFromTheDocAloneGetsTheCountsTheHarnessRecords()
    {
        string python = PythonInterpreter.Find()!;
        var task = ProtocolTasks.QuadraticSaddle(dimension: 10, budget: 500);
        var solver = new ProcessSolver(ProtocolTasks.Command(python, "doc_solver.py"));
        var claim = solver.Solve(task, CancellationToken.None);
        var c = task.Oracle.Counts;
        Assert.Equal("doc-solver", solver.Name);
        Assert.Equal($"counted f={c.Values} grad={c.Gradients} hvp={c.HessianVectorProducts}", claim.Detail);
        Assert.True(c.Gradients >= 10 && c.HessianVectorProducts >= 1, $"the doc solver made too few calls: {claim.Detail}");
        Assert.True(claim.ClaimsConvergence, claim.Detail);
        Assert.Equal(10, claim.Point.Length);
    }
    [PythonFact]
    public void TheSmallestSolverOnThePageRuns()
    {
        string python = PythonInterpreter.Find()!;
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "protocol.md"));
        int heading = Array.FindIndex(lines, l => l.StartsWith("## Writing a solver without the client", StringComparison.Ordinal));
        int open = Array.FindIndex(lines, heading, l => l.StartsWith("```python", StringComparison.Ordinal));
        int close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        string file = Path.Combine(Path.GetTempPath(), $"tiny-{Guid.NewGuid():N}.py");
        try
        {
            File.WriteAllLines(file, lines[(open + 1)..close]);
            var task = ProtocolTasks.QuadraticSaddle(dimension: 4, budget: 50);
            var solver = new ProcessSolver(ProtocolTasks.Command(python, file));
            Assert.Equal("tiny", solver.Name);
            var claim = solver.Solve(task, CancellationToken.None);
            Assert.Equal(49, task.Oracle.Counts.Gradients);
            Assert.False(claim.ClaimsConvergence);
            Assert.Equal("step limit", claim.Detail);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
