using SaddleEscape.Experiments.Catalog;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>One method of the escape-time comparison.</summary>
/// <param name="Label">Name in tables and plots.</param>
/// <param name="Optimizer">The catalogue optimiser and its typed settings.</param>
/// <param name="ExtendedRange">True for GD run with <see cref="Numerics.ExtendedDouble"/> coordinates (<see cref="Problems.OctopusExtendedRangeDescent"/>) instead of through the minimiser in double.</param>
public sealed record EscapeTimeMethod(string Label, OptimizerChoice Optimizer, bool ExtendedRange = false);
