using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using System.Diagnostics;
using System.Globalization;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// PGD's iteration rate through <see cref="Minimizer.Run"/> on the <see cref="PgdLoopProblems"/>, for bench/PgdSideBySide:
/// one warm-up run, then the median of five timed runs of a fixed iteration count (stop = iteration count only,
/// trace and events on, certificate off).
/// </summary>
public static class LoopRate
{
    /// <summary>Prints one line per problem: "problem d iterations/s final-f".</summary>
    public static void Print(long iterations)
    {
        foreach (string problem in new[] { "quadratic-saddle", "octopus" })
        {
            var (objective, start) = PgdLoopProblems.Create(problem);
            var options = new MinimizerOptions { Stop = StoppingRule.AfterIterations(iterations), Certificate = null };
            MinimizationResult Once() => Minimizer.Run(new Oracle(objective), new Euclidean(objective.Dimension), new PerturbedGradientDescent(PgdLoopProblems.Settings), start, options);
            Once();
            var rates = new List<double>();
            MinimizationResult? last = null;
            for (int rep = 0; rep < 5; rep++)
            {
                var clock = Stopwatch.StartNew();
                last = Once();
                rates.Add(iterations / clock.Elapsed.TotalSeconds);
            }

            rates.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"library {problem} {objective.Dimension} {rates[2]:F0} {last!.FinalValue:R} {last.Events.Count}"));
        }
    }
}
