using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>
/// Turns SaddleBench records into COCO's and Moré's numbers (computed here, rendered by <see cref="SaddleBenchReport"/>):
/// success and false-success rates and ERT with bootstrap intervals per (solver, family, dimension, target); runtime ECDFs;
/// Dolan–Moré performance profiles and Moré–Wild data profiles; the ranking under both cost weights; the octopus's growth
/// with d and the cost against 1/ε beside the theory.
/// </summary>
/// <remarks>
/// Conventions. A "problem" of the profiles is a (family, dimension, instance, start, target) pair; its cost for a solver
/// is the primary cost at the first hit, +∞ when missed. Performance profile (Dolan &amp; Moré 2002): r = t_s / min_s t,
/// ρ_s(τ) = share of problems with r ≤ τ; a problem no solver reached counts as a failure for all (r_M = +∞, never
/// plotted). Data profile (Moré &amp; Wild 2009): d_s(α) = share of problems with t_s ≤ α(n + 1). ECDF: share of (run,
/// target) pairs reached with cost/n ≤ x. ERT (COCO's aRT): the cost of every run until its hit, or its whole cost when
/// it missed, divided by the successes. Bootstrap: 1 000 resamples of the runs, seed 12345 per cell, percentile interval.
/// </remarks>
public static class SaddleBenchAnalysis
{
    private const int BootstrapResamples = 1000;

    /// <summary>True when <paramref name="record"/> reached the (10⁻³, √(ρ·10⁻³)) second-order target: a "success" in the headline and ranking.</summary>
    public static bool IsCertified(BenchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Hits.Any(h => h.Target.Kind == BenchTargetKinds.SecondOrder && h.Target.Level == BenchSuite.ClaimTolerance && h.Reached);
    }

    /// <summary>Analyses <paramref name="records"/> (in job order) run with <paramref name="settings"/>.</summary>
    public static SaddleBenchSummary Analyze(SaddleBenchSettings settings, IReadOnlyList<BenchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(records);
        var solvers = records.Select(r => r.Solver).Distinct().ToList();
        var families = records.Select(r => r.Family).Distinct().ToList();
        var cells = Cells(records);
        var (ranking, changes) = Ranking(records, solvers);
        var falseSuccesses = records.GroupBy(r => (r.Solver, r.Family, r.Start))
            .Select(g => new SaddleBenchFalseSuccess(g.Key.Solver, g.Key.Family, g.Key.Start, g.Count(), g.Count(r => r.ClaimsConvergence), g.Count(r => r.FalseSuccess),
                string.Join(", ", g.Where(r => r.FalseSuccess).GroupBy(r => r.Classification).Select(c => $"{c.Key} ×{c.Count()}"))))
            .Where(f => f.Claims > 0)
            .ToList();
        var ecdfs = new List<SaddleBenchCurve>();
        foreach (var solver in solvers)
        {
            foreach (var scope in families.Append("all"))
            {
                var pairs = records.Where(r => r.Solver == solver && (scope == "all" || r.Family == scope))
                    .SelectMany(r => r.Hits.Select(h => h.At is null ? double.PositiveInfinity : (double)h.At.Cost / r.PointLength)).ToList();
                ecdfs.Add(Steps(solver, scope, pairs));
            }
        }

        var (performance, data) = Profiles(records, solvers);
        string headline = Headline(records, ranking);
        return new SaddleBenchSummary(settings, records, cells, ranking, falseSuccesses, ecdfs, performance, data, OctopusFits(records, solvers),
            EpsilonFits(records, solvers), changes, headline, records.Sum(r => r.Counts.WallSeconds), Instances(settings, records));
    }

    /// <summary>The suite's instances the records used (rebuilt from the suite: same version, same bits).</summary>
    private static List<SaddleBenchInstanceRow> Instances(SaddleBenchSettings settings, IReadOnlyList<BenchRecord> records)
    {
        var suite = BenchSuite.Get(settings.Suite);
        return [.. records.Select(r => (r.Family, r.Dimension, r.Instance)).Distinct().Select(k =>
        {
            var i = BenchInstance.Create(suite.Family(k.Family), k.Dimension, k.Instance);
            return new SaddleBenchInstanceRow(k.Family, k.Dimension, k.Instance, i.PointLength, i.KnownMinimum, i.KnownMinimumSource,
                i.GradientLipschitz, i.HessianLipschitz, i.SmoothnessSource, i.Symmetry, i.Hash());
        })];
    }

    private static List<SaddleBenchCell> Cells(IReadOnlyList<BenchRecord> records)
    {
        var cells = new List<SaddleBenchCell>();
        foreach (var g in records.GroupBy(r => (r.Solver, r.Family, r.Dimension)))
        {
            var runs = g.ToList();
            foreach (var target in runs[0].Hits.Select(h => h.Target))
            {
                var costs = runs.Select(r => (Hit: r.Hits.FirstOrDefault(h => h.Target == target)?.At, r.Counts.Cost)).ToList();
                var spent = costs.Select(c => (double)(c.Hit?.Cost ?? c.Cost)).ToArray();
                var reached = costs.Select(c => c.Hit is not null).ToArray();
                int successes = reached.Count(x => x);
                var (low, high) = Bootstrap(spent, reached);
                cells.Add(new SaddleBenchCell(g.Key.Solver, g.Key.Family, g.Key.Dimension, target.Kind, target.Level, runs.Count, successes, runs.Count(r => r.FalseSuccess),
                    Ert(spent, reached), low, high));
            }
        }

        return cells;
    }

    private static double Ert(double[] spent, bool[] reached)
    {
        int successes = reached.Count(x => x);
        return successes == 0 ? double.PositiveInfinity : spent.Sum() / successes;
    }

    private static (double Low, double High) Bootstrap(double[] spent, bool[] reached)
    {
        var random = new Random(12345);
        var values = new double[BootstrapResamples];
        var s = new double[spent.Length];
        var r = new bool[spent.Length];
        for (int b = 0; b < BootstrapResamples; b++)
        {
            for (int i = 0; i < spent.Length; i++)
            {
                int k = random.Next(spent.Length);
                s[i] = spent[k];
                r[i] = reached[k];
            }

            values[b] = Ert(s, r);
        }

        return (Statistics.Quantile(values, 0.025), Statistics.Quantile(values, 0.975));
    }

    private static double Score(BenchRecord r, BenchTargetHit h, bool alternative)
    {
        if (h.At is null)
        {
            return 0;
        }

        double cost = alternative ? h.At.AlternativeCost : h.At.Cost;
        double scale = r.PointLength + 1.0;
        return Math.Max(0, 1 - (Math.Log(1 + (cost / scale)) / Math.Log(1 + (r.Budget / scale))));
    }

    private static (List<SaddleBenchRank> Ranking, bool Changes) Ranking(IReadOnlyList<BenchRecord> records, List<string> solvers)
    {
        var rows = solvers.Select(s =>
        {
            var runs = records.Where(r => r.Solver == s).ToList();
            var pairs = runs.SelectMany(r => r.Hits.Select(h => (r, h))).ToList();
            return (Solver: s, Runs: runs,
                Score: pairs.Count == 0 ? 0 : pairs.Average(p => Score(p.r, p.h, false)),
                Alternative: pairs.Count == 0 ? 0 : pairs.Average(p => Score(p.r, p.h, true)));
        }).ToList();
        var primaryOrder = rows.OrderByDescending(r => r.Score).ThenBy(r => r.Solver, StringComparer.Ordinal).Select(r => r.Solver).ToList();
        var alternativeOrder = rows.OrderByDescending(r => r.Alternative).ThenBy(r => r.Solver, StringComparer.Ordinal).Select(r => r.Solver).ToList();
        var ranking = rows.Select(r => new SaddleBenchRank(
                primaryOrder.IndexOf(r.Solver) + 1, r.Solver, r.Score, alternativeOrder.IndexOf(r.Solver) + 1, r.Alternative, r.Runs.Count,
                r.Runs.Count(IsCertified), r.Runs.Count(x => x.ClaimsConvergence), r.Runs.Count(x => x.FalseSuccess)))
            .OrderBy(r => r.Rank).ToList();
        return (ranking, !primaryOrder.SequenceEqual(alternativeOrder));
    }

    private static SaddleBenchCurve Steps(string solver, string scope, IReadOnlyCollection<double> values)
    {
        var finite = values.Where(double.IsFinite).OrderBy(v => v).ToList();
        int total = values.Count;
        var x = new List<double>();
        var y = new List<double>();
        for (int i = 0; i < finite.Count; i++)
        {
            if (i + 1 < finite.Count && finite[i + 1] == finite[i])
            {
                continue;
            }

            x.Add(finite[i]);
            y.Add((i + 1.0) / total);
        }

        return new SaddleBenchCurve(solver, scope, x, y);
    }

    private static (List<SaddleBenchCurve> Performance, List<SaddleBenchCurve> Data) Profiles(IReadOnlyList<BenchRecord> records, List<string> solvers)
    {
        var problems = records.GroupBy(r => (r.Family, r.Dimension, r.Instance, r.Start)).ToList();
        var best = new Dictionary<(string, int, int, string, BenchTarget), double>();
        var costs = solvers.ToDictionary(s => s, _ => new List<(double Ratio, double Alpha)>());
        foreach (var p in problems)
        {
            var bySolver = p.ToDictionary(r => r.Solver);
            foreach (var target in p.First().Hits.Select(h => h.Target))
            {
                double Cost(string s) => bySolver.TryGetValue(s, out var r) && r.Hits.FirstOrDefault(h => h.Target == target)?.At is { } at ? at.Cost : double.PositiveInfinity;
                double min = solvers.Min(Cost);
                foreach (var s in solvers)
                {
                    double t = Cost(s);
                    double n = p.First().PointLength;
                    costs[s].Add((double.IsFinite(t) ? Math.Max(t, 1) / Math.Max(min, 1) : double.PositiveInfinity, t / (n + 1)));
                }
            }
        }

        return (
            [.. solvers.Select(s => Steps(s, "all", [.. costs[s].Select(c => c.Ratio)]))],
            [.. solvers.Select(s => Steps(s, "all", [.. costs[s].Select(c => c.Alpha)]))]);
    }

    private static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average();
        double sxx = x.Sum(a => (a - mx) * (a - mx));
        return sxx == 0 ? double.NaN : x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / sxx;
    }

    private static double Residual(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double b = Slope(x, y), mx = x.Average(), my = y.Average();
        return x.Zip(y, (a, v) => Math.Pow(v - (my + (b * (a - mx))), 2)).Sum();
    }

    private static double MedianCost(IEnumerable<BenchRecord> runs, Func<BenchTarget, bool> target)
    {
        var costs = runs.Select(r => r.Hits.FirstOrDefault(h => target(h.Target))?.At is { } at ? (double)at.Cost : double.PositiveInfinity).ToList();
        return costs.Count == 0 ? double.NaN : Statistics.Median(costs);
    }

    /// <summary>On the octopus from random starts: median cost to f − f* ≤ 10⁻² against d, fitted as exponential (ln cost on d) and as a power (ln cost on ln d).</summary>
    private static List<SaddleBenchFit> OctopusFits(IReadOnlyList<BenchRecord> records, List<string> solvers)
    {
        var fits = new List<SaddleBenchFit>();
        foreach (var solver in solvers)
        {
            var runs = records.Where(r => r.Family == "octopus" && r.Start == BenchStartKinds.Random && r.Solver == solver).ToList();
            var dims = runs.Select(r => r.Dimension).Distinct().OrderBy(d => d).ToList();
            if (dims.Count < 2)
            {
                continue;
            }

            var medians = dims.Select(d => MedianCost(runs.Where(r => r.Dimension == d), t => t.Kind == BenchTargetKinds.Value && t.Level == 1e-2)).ToList();
            var finite = dims.Select((d, i) => (X: (double)d, Y: medians[i])).Where(p => double.IsFinite(p.Y) && p.Y > 0).ToList();
            string statement;
            double rate = double.NaN, degree = double.NaN;
            if (finite.Count >= 3)
            {
                var lx = finite.Select(p => Math.Log(p.X)).ToList();
                var x = finite.Select(p => p.X).ToList();
                var ly = finite.Select(p => Math.Log(p.Y)).ToList();
                rate = Slope(x, ly);
                degree = Slope(lx, ly);
                bool exponential = Residual(x, ly) < Residual(lx, ly);
                statement = FormattableString.Invariant($"×{Math.Exp(rate):0.00} per dimension, degree {degree:0.00}; fits {(exponential ? "an exponential" : "a power law")} better");
            }
            else
            {
                statement = $"the median reaches f − f* ≤ 10⁻² at {finite.Count} of {dims.Count} dimensions: too few to fit";
            }

            int censored = medians.Count(m => !double.IsFinite(m));
            if (censored > 0)
            {
                statement += $"; the median run misses the target at {censored} dimension(s) (from d = {dims[medians.FindIndex(m => !double.IsFinite(m))]})";
            }

            fits.Add(new SaddleBenchFit(solver, "median cost to f − f* ≤ 10⁻² on the octopus from random starts, against d", [.. dims.Select(d => (double)d)], medians, rate, degree, null, statement));
        }

        return fits;
    }

    /// <summary>The theory's ε exponent of a solver's cost to an ε-second-order point: ε⁻² for PGD (Jin et al. 2017, Thm. 3), ε^{-3/2} for cubic regularisation (Nesterov &amp; Polyak 2006).</summary>
    public static double? TheoryExponent(string solver) => solver switch
    {
        "pgd" => 2,
        "cubic" => 1.5,
        _ => null,
    };

    /// <summary>From the quadratic saddle's exact saddle: median cost to the ε-SOSP for ε ≤ 10⁻², fitted as ln cost on ln(1/ε).</summary>
    private static List<SaddleBenchFit> EpsilonFits(IReadOnlyList<BenchRecord> records, List<string> solvers)
    {
        var fits = new List<SaddleBenchFit>();
        foreach (var solver in solvers)
        {
            var runs = records.Where(r => r.Family == "quadratic-saddle" && r.Start == BenchStartKinds.ExactSaddle && r.Solver == solver).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            var epsilons = BenchSuite.Epsilons.Where(e => e <= 1e-2).ToList();
            var medians = epsilons.Select(e => MedianCost(runs, t => t.Kind == BenchTargetKinds.SecondOrder && t.Level == e)).ToList();
            var finite = epsilons.Select((e, i) => (X: 1 / e, Y: medians[i])).Where(p => double.IsFinite(p.Y) && p.Y > 0).ToList();
            double? theory = TheoryExponent(solver);
            double slope = double.NaN;
            string statement;
            if (finite.Count >= 3)
            {
                slope = Slope([.. finite.Select(p => Math.Log(p.X))], [.. finite.Select(p => Math.Log(p.Y))]);
                statement = FormattableString.Invariant($"cost ∝ (1/ε)^{slope:0.00}");
                if (theory is { } t)
                {
                    statement += Math.Abs(slope - t) <= 0.25 * t
                        ? FormattableString.Invariant($": agrees with the theory's ε^-{t:0.#}")
                        : slope < t
                            ? FormattableString.Invariant($": does not agree with the theory's ε^-{t:0.#} — far below it (the theory is a worst-case bound; near a non-degenerate minimum the cost grows like log(1/ε))")
                            : FormattableString.Invariant($": does not agree — above the theory's ε^-{t:0.#}");
                }
            }
            else
            {
                statement = $"the median run reaches {finite.Count} of the {epsilons.Count} targets ε ≤ 10⁻²: too few to fit";
            }

            fits.Add(new SaddleBenchFit(solver, "median cost to the ε-second-order point from the quadratic saddle's exact saddle, against 1/ε", [.. epsilons.Select(e => 1 / e)], medians, slope, double.NaN, theory, statement));
        }

        return fits;
    }

    private static string Headline(IReadOnlyList<BenchRecord> records, List<SaddleBenchRank> ranking)
    {
        string Rate(string solver)
        {
            var runs = records.Where(r => r.Solver == solver && r.Family == "quadratic-saddle" && r.Start == BenchStartKinds.ExactSaddle).ToList();
            return runs.Count == 0 ? "not run" : $"{runs.Count(IsCertified)}/{runs.Count}";
        }

        string top = string.Join(", ", ranking.Take(3).Select(r => r.Solver));
        int claims = records.Count(r => r.ClaimsConvergence), falseSuccesses = records.Count(r => r.FalseSuccess);
        return $"{records.Count} runs; best by the ECDF area: {top}; {falseSuccesses} of {claims} convergence claims are false successes; "
            + $"from the quadratic saddle's exact saddle, certified (10⁻³) runs: gd {Rate("gd")}, pgd {Rate("pgd")}";
    }
}
