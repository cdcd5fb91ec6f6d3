using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>A problem built from the catalogue: the typed instance plus every <c>--set</c> parameter as used.</summary>
/// <param name="Instance">Objective, manifold, start, ground truth, recommendations.</param>
/// <param name="Settings">Every <c>--set</c> parameter as used (defaults filled in), for summaries.</param>
public sealed record CatalogProblem(ProblemInstance Instance, IReadOnlyDictionary<string, string> Settings);
