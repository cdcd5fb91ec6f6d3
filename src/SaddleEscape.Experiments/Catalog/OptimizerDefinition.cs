using SaddleEscape.Optimizers;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>A catalogue entry for an optimiser: documentation, <c>--opt</c> parameters (each with its one default) and a factory.</summary>
/// <param name="Name">Catalogue name.</param>
/// <param name="Summary">One line on what it does.</param>
/// <param name="Reference">Paper (author–year) and algorithm number.</param>
/// <param name="Parameters">Its parameters with defaults ("auto" = derived from the problem).</param>
/// <param name="Factory">Builds the optimiser for a problem from validated settings.</param>
public sealed record OptimizerDefinition(
    string Name, string Summary, string Reference, IReadOnlyList<ParameterSpec> Parameters,
    Func<KeyValueSettings, CatalogProblem, Optimizer> Factory)
{
    /// <summary>Parses <paramref name="items"/> (key=value) plus the problem's recommendations and builds the optimiser; one clear <see cref="ArgumentException"/> on bad input.</summary>
    public Optimizer Create(IEnumerable<string> items, CatalogProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Factory(Parse(items, problem), problem);
    }

    /// <summary>The user's items plus the problem's recommended ones for keys the user did not give.</summary>
    public IReadOnlyList<string> WithRecommendations(IEnumerable<string> items, CatalogProblem problem)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(problem);
        var given = items.ToList();
        if (problem.Recommendations.TryGetValue(Name, out var recommended))
        {
            var keys = given.Select(i => KeyValueSettings.Split($"optimizer {Name}", i).Key).ToHashSet(StringComparer.Ordinal);
            given.AddRange(recommended.Where(r => !keys.Contains(KeyValueSettings.Split($"optimizer {Name}", r).Key)));
        }

        return given;
    }

    /// <summary>The settings the factory reads: the given items, the problem's recommendations, then the defaults.</summary>
    public KeyValueSettings Parse(IEnumerable<string> items, CatalogProblem problem) =>
        KeyValueSettings.Parse($"optimizer {Name}", WithRecommendations(items, problem), Parameters);
}
