using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Protocol;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using System.Diagnostics;
using System.Globalization;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// bench/ProtocolOverhead/run.sh: the round trip of one <c>grad</c> through the ask/tell protocol (measured by the Python
/// solver around its client call) beside an in-process <see cref="Oracle.ValueAndGradient"/> call, at d = 10 and 1000.
/// </summary>
public static class ProtocolOverhead
{
    /// <summary>Prints one row per dimension: in-process median, protocol median (p10, p90), batched per call, ratio.</summary>
    public static void Print(int calls, string loopCommand)
    {
        Console.WriteLine(FormattableString.Invariant($"protocol overhead, {calls} grad calls per dimension (μs per call, medians)"));
        Console.WriteLine("| d | in-process Oracle.ValueAndGradient | protocol round trip (p10–p90) | protocol, batches of 64 | protocol − in-process |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (int d in new[] { 10, 1000 })
        {
            var instance = ProblemFamilies.Get("quadratic-saddle").Create(d, 0);
            double inProcess = InProcessMedian(new Oracle(instance.Objective), instance.Start, calls);
            var task = new BenchTask("quadratic-saddle", d, 0, "random", new Oracle(instance.Objective), instance.Manifold, instance.Start, long.MaxValue, 0, 1e-6);
            var claim = new ProcessSolver($"{loopCommand} {calls}", "grad-loop").Solve(task, CancellationToken.None);
            var words = claim.Detail!.Split(' ');
            double single = double.Parse(words[1], CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant(
                $"| {d} | {inProcess:0.###} | {single:0.#} ({words[3]}–{words[5]}) | {words[7]} | {single - inProcess:0.#} |"));
            Console.WriteLine(FormattableString.Invariant($"  (harness counted {task.Oracle.Counts.Gradients} gradients)"));
        }
    }

    private static double InProcessMedian(Oracle oracle, double[] x, int calls)
    {
        var g = new double[x.Length];
        for (int i = 0; i < 1000; i++)
        {
            oracle.ValueAndGradient(x, g);
        }

        // Blocks of 10 calls, so that the timer's own cost (~20 ns) stays small beside a d = 10 call.
        var perCall = new double[calls / 10];
        for (int b = 0; b < perCall.Length; b++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < 10; i++)
            {
                oracle.ValueAndGradient(x, g);
            }

            perCall[b] = Stopwatch.GetElapsedTime(start).TotalMicroseconds / 10;
        }

        Array.Sort(perCall);
        return perCall[perCall.Length / 2];
    }
}
