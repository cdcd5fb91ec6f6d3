using SaddleEscape.Benchmarking;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.Benchmarking;

/// <summary>Du et al. 2017 on SaddleBench's octopus: GD's cost to f − f* ≤ 10⁻² grows exponentially with d, PGD's polynomially (fitted).</summary>
public sealed class OctopusGrowthTests(ITestOutputHelper output)
{
    private static readonly BenchSuiteFamily Octopus = new("octopus", "octopus", [2, 3, 4, 5, 6, 7, 8]);

    private double MedianCost(string solver, int d)
    {
        var costs = new List<double>();
        for (int i = 1; i <= 3; i++)
        {
            var instance = BenchInstance.Create(Octopus, d, i);
            var record = BenchHarness.Run(instance, BenchStartKinds.Random, Solver(solver, instance), 300_000, i);
            output.WriteLine($"{solver} d={d} #{i}: {record.Outcome} {record.Detail} cost {record.Counts.Cost}");
            var hit = record.Hits.Single(h => h.Target.Kind == BenchTargetKinds.Value && h.Target.Level == 1e-2);
            costs.Add(hit.At?.Cost ?? double.PositiveInfinity);
        }

        costs.Sort();
        return costs[1];
    }

    /// <summary>
    /// GD as Du et al. run it: no stopping rule but the budget. (SaddleBench's <c>gd</c> stops at ‖g‖ ≤ ε, which it meets near
    /// the octopus's saddles — a false success the bench reports — so its escape time is measured without that rule.)
    /// </summary>
    private static IBenchSolver Solver(string name, BenchInstance instance) => name == "gd"
        ? new MinimizerBenchSolver("gd", "GD without a stopping rule", () => new GradientDescent(new GradientDescentSettings()), instance.Hints, StoppingRule.AfterIterations(long.MaxValue))
        : BenchSolvers.Create(name, instance);

    /// <summary>Least-squares slope of y on x.</summary>
    private static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average();
        return x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
    }

    [Fact]
    public void GdsCostGrowsExponentiallyWithTheDimensionAndPgdsPolynomially()
    {
        var dims = Octopus.Dimensions;
        var gd = dims.Select(d => MedianCost("gd", d)).ToList();
        var pgd = dims.Select(d => MedianCost("pgd", d)).ToList();
        output.WriteLine("d: " + string.Join(" ", dims));
        output.WriteLine("gd: " + string.Join(" ", gd));
        output.WriteLine("pgd: " + string.Join(" ", pgd));
        Assert.All(pgd, c => Assert.True(double.IsFinite(c)));

        // GD: log cost linear in d over the dimensions where it arrives (growth factor e^b per dimension); beyond them it
        // does not arrive within 3·10⁵ gradients. PGD: log cost linear in log d (degree k), and it always arrives.
        var finite = dims.Select((d, i) => (d, i)).Where(p => double.IsFinite(gd[p.i])).ToList();
        Assert.True(finite.Count >= 3, $"GD arrives at {finite.Count} dimensions");
        double gdRate = Slope([.. finite.Select(p => (double)p.d)], [.. finite.Select(p => Math.Log(gd[p.i]))]);
        double pgdDegree = Slope([.. dims.Select(d => Math.Log(d))], [.. pgd.Select(c => Math.Log(c))]);
        double pgdLastRatio = pgd[^1] / pgd[^2];
        output.WriteLine($"gd ×{Math.Exp(gdRate):F2} per dimension (d ≤ {finite[^1].d}); pgd degree {pgdDegree:F2}, last ratio {pgdLastRatio:F2}");
        Assert.True(Math.Exp(gdRate) >= 2, $"GD's cost grows ×{Math.Exp(gdRate):F2} per dimension");
        Assert.Contains(gd, double.IsPositiveInfinity);
        Assert.True(pgdDegree <= 3, $"PGD's fitted degree {pgdDegree:F2}");
        Assert.True(pgdLastRatio <= Math.Sqrt(Math.Exp(gdRate)), $"PGD's cost grows ×{pgdLastRatio:F2} from d = {dims[^2]} to {dims[^1]}");
    }
}
