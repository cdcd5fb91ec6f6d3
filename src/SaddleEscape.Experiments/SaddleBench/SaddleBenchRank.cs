namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>One row of the ranking table.</summary>
/// <param name="Rank">Rank by <see cref="Score"/> (1 = best).</param>
/// <param name="Solver">Solver.</param>
/// <param name="Score">
/// Area under the pooled runtime ECDF: the mean over every (run, target) pair of 1 − log(1 + c/(n+1)) / log(1 + B/(n+1)) for
/// a pair reached at cost c (0 for one missed), B the budget, n the length of a point — 1 for every target at no cost.
/// </param>
/// <param name="AlternativeRank">Rank by the same score under the alternative cost weights (value ½, HVP 2).</param>
/// <param name="AlternativeScore">That score (clamped at 0).</param>
/// <param name="Runs">Runs.</param>
/// <param name="Certified">Runs that reached the (10⁻³, √(ρ·10⁻³)) second-order target.</param>
/// <param name="Claims">Runs that claimed convergence.</param>
/// <param name="FalseSuccesses">Claims the certificate rejected.</param>
public sealed record SaddleBenchRank(int Rank, string Solver, double Score, int AlternativeRank, double AlternativeScore, int Runs, int Certified, int Claims, int FalseSuccesses);
