using SaddleEscape.Benchmarking;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Protocol;

/// <summary>Bench tasks built by hand on core problems, and the commands that run the test scripts.</summary>
internal static class ProtocolTasks
{
    public static string Scripts => Path.Combine(RepositoryRoot.Path, "tests", "SaddleEscape.Tests", "Protocol", "scripts");

    /// <summary>The quadratic saddle at d (default parameters, seed 0) started at its exact saddle 0, with an oracle that throws past <paramref name="budget"/> gradient-equivalents.</summary>
    public static BenchTask QuadraticSaddle(int dimension = 10, long budget = 1000)
    {
        var instance = ProblemFamilies.Get("quadratic-saddle").Create(dimension, 0);
        var start = instance.StartNamed("saddle").Sample(0);
        var oracle = new Oracle(new BudgetedObjective(instance.Objective, budget));
        return new BenchTask("quadratic-saddle", dimension, 0, "exact-saddle", oracle, instance.Manifold, start, budget, 7, 1e-6);
    }

    /// <summary>A command line for a script of the tests: <c>python3 path args…</c> (each word quoted).</summary>
    public static string Command(string python, string script, params string[] arguments) =>
        string.Join(' ', new[] { python, Path.Combine(Scripts, script) }.Concat(arguments).Select(w => "'" + w + "'"));
}
