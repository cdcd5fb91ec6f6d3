using SaddleEscape.Experiments.Catalog;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>One run: a method from a seeded uniform start on the d-dimensional octopus until f − f* ≤ tolerance or the cap.</summary>
/// <param name="Label">Method label.</param>
/// <param name="Optimizer">The catalogue optimiser and its typed settings.</param>
/// <param name="ExtendedRange">GD with the extended exponent.</param>
/// <param name="Dimension">d.</param>
/// <param name="Seed">Seed of the start point and of the method's randomness.</param>
/// <param name="MaxIterations">Cap.</param>
/// <param name="Tolerance">Target gap.</param>
public sealed record EscapeTimeJob(string Label, OptimizerChoice Optimizer, bool ExtendedRange, int Dimension, int Seed, long MaxIterations, double Tolerance);
