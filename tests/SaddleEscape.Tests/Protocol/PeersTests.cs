using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Protocol;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Protocol;

/// <summary>The torch.optim peers through the protocol (skipped where Debian's python3-torch is not installed).</summary>
public sealed class PeersTests
{
    private static string Peer(string python, string script, params string[] arguments) =>
        string.Join(' ', new[] { python, Path.Combine(RepositoryRoot.Path, "clients", "python", "peers", script) }.Concat(arguments).Select(w => "'" + w + "'"));

    [PythonFact("numpy", "torch")]
    public void TorchSgdClaimsConvergenceAtTheExactSaddleAfterOneGradient()
    {
        string python = PythonInterpreter.Find("numpy", "torch")!;
        var task = ProtocolTasks.QuadraticSaddle();
        var solver = new ProcessSolver(Peer(python, "torch_solver.py", "sgd"));
        Assert.Equal("torch-sgd", solver.Name);
        var claim = solver.Solve(task, CancellationToken.None);
        Assert.True(claim.ClaimsConvergence, claim.Detail);
        Assert.Equal(new double[10], claim.Point);
        Assert.Equal(1, task.Oracle.Counts.Gradients);
    }

    [PythonFact("numpy", "torch")]
    public void TorchAdamOnASphereStaysOnItThroughTheHarnesssRetraction()
    {
        string python = PythonInterpreter.Find("numpy", "torch")!;
        var instance = ProblemFamilies.Get("spin-glass").Create(8, 1);
        var oracle = new Oracle(instance.Objective);
        var task = new BenchTask("spin-glass", 8, 1, "random", oracle, instance.Manifold, instance.Start, 60, 0, 1e-6);
        var claim = new ProcessSolver(Peer(python, "torch_solver.py", "adam", "--lr", "0.05")).Solve(task, CancellationToken.None);
        Assert.Equal(1.0, Math.Sqrt(claim.Point.Sum(v => v * v)), 12);
        Assert.Equal(59, oracle.Counts.Gradients);
        Assert.True(oracle.Objective.Value(claim.Point) < oracle.Objective.Value(instance.Start), "Adam did not descend");
    }
}
