using SaddleEscape.Benchmarking;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>What the SaddleBench analysis found (the report only renders it).</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Records">Every run, in job order.</param>
/// <param name="Cells">Per (solver, family, dimension, target).</param>
/// <param name="Ranking">The ranking table, best first.</param>
/// <param name="FalseSuccesses">Per (solver, family, start) with at least one claim.</param>
/// <param name="Ecdfs">Runtime ECDFs (x = cost/n) per solver, per family and over all (scope <c>all</c>).</param>
/// <param name="PerformanceProfiles">Dolan–Moré ρ_s(τ) per solver.</param>
/// <param name="DataProfiles">Moré–Wild d_s(α) per solver, α in units of n + 1 gradient-equivalents.</param>
/// <param name="OctopusFits">Cost against d on the octopus, per solver.</param>
/// <param name="EpsilonFits">Cost against 1/ε from the quadratic saddle's exact saddle, per solver.</param>
/// <param name="RankingChangesUnderAlternative">True when the alternative weights reorder the ranking.</param>
/// <param name="Headline">One sentence of the main numbers.</param>
/// <param name="CpuSeconds">Sum of the runs' wall times (one core each).</param>
/// <param name="Instances">Every instance the runs used, with f*, ℓ, ρ, their sources, symmetry and hash.</param>
public sealed record SaddleBenchSummary(
    SaddleBenchSettings Settings, IReadOnlyList<BenchRecord> Records, IReadOnlyList<SaddleBenchCell> Cells, IReadOnlyList<SaddleBenchRank> Ranking,
    IReadOnlyList<SaddleBenchFalseSuccess> FalseSuccesses, IReadOnlyList<SaddleBenchCurve> Ecdfs, IReadOnlyList<SaddleBenchCurve> PerformanceProfiles,
    IReadOnlyList<SaddleBenchCurve> DataProfiles, IReadOnlyList<SaddleBenchFit> OctopusFits, IReadOnlyList<SaddleBenchFit> EpsilonFits,
    bool RankingChangesUnderAlternative, string Headline, double CpuSeconds, IReadOnlyList<SaddleBenchInstanceRow> Instances)
{
    /// <summary>The (successes, runs) of <paramref name="solver"/> on <paramref name="family"/> from <paramref name="start"/> at the claim tolerance's second-order target.</summary>
    public (int Successes, int Runs) Certified(string solver, string family, string start)
    {
        var runs = Records.Where(r => r.Solver == solver && r.Family == family && r.Start == start).ToList();
        return (runs.Count(SaddleBenchAnalysis.IsCertified), runs.Count);
    }
}
