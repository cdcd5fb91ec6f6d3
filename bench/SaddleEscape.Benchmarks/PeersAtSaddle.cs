using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Protocol;
using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using System.Diagnostics;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// bench/ProtocolOverhead/peers.sh: each scipy.optimize and torch.optim peer through the protocol on the d = 10 quadratic
/// saddle, from its exact saddle and from its random start (instance seed 0), with the claim, the harness's counts and
/// the certificate of the claimed point — what SaddleBench's false-success table will show for them.
/// </summary>
public static class PeersAtSaddle
{
    /// <summary>Prints one row per (peer, start).</summary>
    public static void Print(string python, string peers)
    {
        string[] commands =
        [
            .. new[] { "BFGS", "L-BFGS-B", "CG", "Newton-CG", "trust-ncg", "trust-krylov", "trust-exact" }.Select(m => $"{python} {peers}/scipy_solver.py {m}"),
            $"{python} {peers}/torch_solver.py sgd", $"{python} {peers}/torch_solver.py adam",
        ];
        Console.WriteLine("| solver | start | claims | f | ‖∇f‖ | λ_min | certificate | f calls | grad calls | hvp calls | wall s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (string command in commands)
        {
            var solver = new ProcessSolver(command);
            foreach (string start in new[] { "saddle", "random" })
            {
                var instance = ProblemFamilies.Get("quadratic-saddle").Create(10, 0);
                var x0 = instance.StartNamed(start).Sample(0);
                var task = new BenchTask("quadratic-saddle", 10, 0, start == "saddle" ? "exact-saddle" : "random", new Oracle(instance.Objective), instance.Manifold, x0, 5000, 0, 1e-6);
                var clock = Stopwatch.StartNew();
                string row;
                try
                {
                    var claim = solver.Solve(task, CancellationToken.None);
                    var certificate = SecondOrderCertificate.Compute(new Oracle(instance.Objective), instance.Manifold, claim.Point);
                    row = FormattableString.Invariant(
                        $"{claim.ClaimsConvergence} | {certificate.Value:0.####} | {certificate.GradientNorm:0.#e+0} | {certificate.LambdaMin:0.###} | {certificate.Classification}");
                }
                catch (SolverProtocolException e)
                {
                    row = $"{e.Outcome}: {e.Message} | | | | ";
                }

                var c = task.Oracle.Counts;
                Console.WriteLine(FormattableString.Invariant(
                    $"| {solver.Name} | {start} | {row} | {c.Values} | {c.Gradients} | {c.HessianVectorProducts} | {clock.Elapsed.TotalSeconds:0.##} |"));
            }
        }
    }
}
