using SaddleEscape.Experiments.Catalog;

namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>One run: a method from a seeded uniform start on the d-dimensional octopus until f − f* ≤ tolerance or the cap.</summary>
/// <param name="Method">The catalogue optimiser and its typed settings.</param>
/// <param name="Dimension">d.</param>
/// <param name="Seed">Seed of the start point and the optimiser's noise.</param>
/// <param name="MaxIterations">Cap.</param>
/// <param name="Tolerance">Target gap.</param>
public sealed record OctopusEscapeJob(OptimizerChoice Method, int Dimension, int Seed, long MaxIterations, double Tolerance);
