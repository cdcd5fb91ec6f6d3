using SaddleEscape.Benchmarking;

namespace SaddleEscape.Tests.Benchmarking;

/// <summary>Makes a fixed pattern of calls (values, gradients, HVPs), then, when <c>forever</c>, keeps asking for gradients.</summary>
internal sealed class CountingProbeSolver(int values, int gradients, int hvps, bool forever) : IBenchSolver
{
    public string Name => "probe";

    public string Description => "a fixed pattern of oracle calls";

    public BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        var x = task.Start;
        var g = new double[x.Length];
        var hv = new double[x.Length];
        for (int i = 0; i < values; i++)
        {
            task.Oracle.Value(x);
        }

        for (int i = 0; i < gradients; i++)
        {
            task.Oracle.ValueAndGradient(x, g);
        }

        for (int i = 0; i < hvps; i++)
        {
            task.Oracle.HessianVectorProduct(x, g, hv);
        }

        while (forever)
        {
            task.Oracle.ValueAndGradient(x, g);
        }

        return new BenchSolverClaim(x, false, "done");
    }
}
