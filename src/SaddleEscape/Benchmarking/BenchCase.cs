namespace SaddleEscape.Benchmarking;

/// <summary>One (family, dimension, instance, start) cell of a suite; a run adds the solver.</summary>
/// <param name="Family">The suite's label for the family.</param>
/// <param name="Dimension">The family's size parameter.</param>
/// <param name="Instance">Instance number.</param>
/// <param name="Start">Start kind (<see cref="BenchStartKinds"/>).</param>
public sealed record BenchCase(string Family, int Dimension, int Instance, string Start);
