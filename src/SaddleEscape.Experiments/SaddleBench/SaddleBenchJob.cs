namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>One run: a solver on (family, dimension, instance, start) of a suite.</summary>
/// <param name="Suite">Suite name.</param>
/// <param name="SuiteVersion">The suite version (part of the job's key: a new version never reuses stored runs).</param>
/// <param name="Family">Family label.</param>
/// <param name="Dimension">The family's size parameter.</param>
/// <param name="Instance">Instance number.</param>
/// <param name="Start">Start kind.</param>
/// <param name="Solver">Built-in solver name, or the external solver's label.</param>
/// <param name="Command">The external solver's command (null for a built-in one).</param>
/// <param name="Seed">The solver's seed.</param>
public sealed record SaddleBenchJob(string Suite, string SuiteVersion, string Family, int Dimension, int Instance, string Start, string Solver, string? Command, int Seed);
