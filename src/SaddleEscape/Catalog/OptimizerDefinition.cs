using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Catalog;

/// <summary>A catalogue entry for an optimiser: documentation, <c>--opt</c> parameters and a factory.</summary>
/// <param name="Name">Catalogue name.</param>
/// <param name="Summary">One line on what it does.</param>
/// <param name="Reference">Paper and algorithm number.</param>
/// <param name="Parameters">Its parameters with defaults ("auto" = derived from the problem).</param>
/// <param name="Factory">Builds the optimiser for a problem instance from validated settings.</param>
public sealed record OptimizerDefinition(
    string Name, string Summary, string Reference, IReadOnlyList<ParameterSpec> Parameters,
    Func<KeyValueSettings, ProblemInstance, Optimizer> Factory)
{
    /// <summary>Parses <paramref name="items"/> (key=value) and builds the optimiser; one clear <see cref="ArgumentException"/> on bad input.</summary>
    public Optimizer Create(IEnumerable<string> items, ProblemInstance problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var settings = KeyValueSettings.Parse($"optimizer {Name}", WithProblemDefaults(items, problem), Parameters);
        return Factory(settings, problem);
    }

    /// <summary>The user's items plus the problem's recommended ones for keys the user did not give.</summary>
    public IReadOnlyList<string> WithProblemDefaults(IEnumerable<string> items, ProblemInstance problem)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(problem);
        var given = items.ToList();
        if (problem.OptimizerDefaults.TryGetValue(Name, out var recommended))
        {
            var keys = given.Select(i => i.Split('=')[0].Trim()).ToHashSet(StringComparer.Ordinal);
            given.AddRange(recommended.Where(r => !keys.Contains(r.Split('=')[0].Trim())));
        }

        return given;
    }

    /// <summary>Every parameter's value as used: the given ones, and the defaults for the rest.</summary>
    public IReadOnlyDictionary<string, string> EffectiveSettings(IEnumerable<string> items, ProblemInstance problem)
    {
        var settings = KeyValueSettings.Parse($"optimizer {Name}", WithProblemDefaults(items, problem), Parameters);
        return Parameters.ToDictionary(p => p.Key, p => settings.Text(p.Key, p.Default), StringComparer.Ordinal);
    }
}
