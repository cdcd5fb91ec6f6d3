namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>Claims and false successes of a solver on a family from one start kind.</summary>
/// <param name="Solver">Solver.</param>
/// <param name="Family">Family label.</param>
/// <param name="Start">Start kind.</param>
/// <param name="Runs">Runs.</param>
/// <param name="Claims">Runs that claimed convergence.</param>
/// <param name="FalseSuccesses">Claims at points that are not (10⁻³, √(ρ·10⁻³)) second-order points.</param>
/// <param name="Classifications">The final points' certificate classifications of the false successes, counted ("strict-saddle ×6").</param>
public sealed record SaddleBenchFalseSuccess(string Solver, string Family, string Start, int Runs, int Claims, int FalseSuccesses, string Classifications);
