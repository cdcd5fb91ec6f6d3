using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>A problem built from the catalogue: the typed instance plus what the catalogue knows about how it was asked for.</summary>
/// <param name="Instance">Objective, manifold, start, ground truth.</param>
/// <param name="Settings">Every <c>--set</c> parameter as used (defaults filled in), for summaries.</param>
/// <param name="Recommendations">
/// Settings the problem recommends for particular optimisers (optimizer name → key=value items), applied where the
/// user gives no value of their own, and reported as used.
/// </param>
public sealed record CatalogProblem(ProblemInstance Instance, IReadOnlyDictionary<string, string> Settings, IReadOnlyDictionary<string, string[]> Recommendations)
{
    /// <summary>No recommendations.</summary>
    public static IReadOnlyDictionary<string, string[]> NoRecommendations { get; } = new Dictionary<string, string[]>();
}
