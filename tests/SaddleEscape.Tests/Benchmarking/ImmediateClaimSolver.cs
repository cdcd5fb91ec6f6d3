using SaddleEscape.Benchmarking;

namespace SaddleEscape.Tests.Benchmarking;

/// <summary>A solver that returns its start at once and claims convergence (what scipy's methods do at g = 0).</summary>
internal sealed class ImmediateClaimSolver : IBenchSolver
{
    public string Name => "claim-at-once";

    public string Description => "returns the start, claiming convergence";

    public BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        var g = new double[task.Start.Length];
        task.Oracle.ValueAndGradient(task.Start, g);
        return new BenchSolverClaim(task.Start, true, "‖g‖ = 0");
    }
}
