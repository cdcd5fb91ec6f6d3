namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>One run of the octopus-escape experiment.</summary>
/// <param name="Optimizer">Catalogue name.</param>
/// <param name="Dimension">d.</param>
/// <param name="Seed">Seed (start point and optimiser noise).</param>
/// <param name="Iterations">Iterations to first reach f − f* ≤ tolerance; null when censored.</param>
/// <param name="StopReason">Why the run ended (target-value when it reached the target).</param>
/// <param name="FinalGap">f − f* at the end.</param>
/// <param name="StuckAtUnderflow">
/// True when a censored run ended at a saddle whose escape coordinate has underflowed to a
/// subnormal number (or 0): there a GD step multiplies it by 1 + 2ηγ ≈ 1.18, which rounds back to
/// the same subnormal, so gradient descent can never leave in double precision.
/// </param>
/// <param name="Perturbations">Perturbation events.</param>
/// <param name="GradientEvaluations">Gradient evaluations charged to the method (a perturbed step costs one more).</param>
public sealed record OctopusEscapeRecord(string Optimizer, int Dimension, int Seed, long? Iterations, string StopReason, double FinalGap, bool StuckAtUnderflow, int Perturbations, long GradientEvaluations);
