namespace SaddleEscape.Benchmarking;

/// <summary>Where a solver says it ended and whether it claims convergence there (the harness certifies the claim).</summary>
/// <param name="Point">The point the solver returns.</param>
/// <param name="ClaimsConvergence">True when the solver says it converged (scipy's <c>success</c>, a stopping tolerance met).</param>
/// <param name="Detail">The solver's own word on why it stopped (its message, its stop reason), or null.</param>
public sealed record BenchSolverClaim(double[] Point, bool ClaimsConvergence, string? Detail = null);
