namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>Settings of the SaddleBench experiment.</summary>
/// <param name="Suite">The suite (<c>quick</c>, <c>medium</c>, <c>full</c>; <see cref="Benchmarking.BenchSuite"/>).</param>
/// <param name="Solvers">Built-in solvers to run (<see cref="Benchmarking.BenchSolvers"/>).</param>
/// <param name="Families">Family labels to keep (empty: all of the suite's).</param>
/// <param name="Dimensions">Dimensions to keep (empty: all).</param>
/// <param name="SolverCommands">External solvers: commands that speak the ask/tell protocol.</param>
/// <param name="BaseSeed">Seed offset of the solvers' seeds (a run's seed is BaseSeed + instance).</param>
public sealed record SaddleBenchSettings(
    string Suite, IReadOnlyList<string> Solvers, IReadOnlyList<string> Families, IReadOnlyList<int> Dimensions,
    IReadOnlyList<string> SolverCommands, int BaseSeed = 0);
