namespace SaddleEscape.Experiments.Catalog;

/// <summary>A catalogue optimiser and the <c>--opt</c> settings it is run with (one method of a comparison).</summary>
/// <param name="Optimizer">Catalogue name.</param>
/// <param name="Options">key=value items.</param>
public sealed record OptimizerChoice(string Optimizer, IReadOnlyList<string> Options);
