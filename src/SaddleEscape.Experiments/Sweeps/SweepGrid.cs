namespace SaddleEscape.Experiments.Sweeps;

/// <summary>A catalogue entry and a grid over its key=value parameters: every combination of the listed values.</summary>
/// <param name="Name">Problem or optimizer name.</param>
/// <param name="Grid">Parameter → the values to try (one value: fixed).</param>
public sealed record SweepGrid(string Name, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Grid)
{
    /// <summary>How many combinations the grid makes (counted, not built).</summary>
    public double Count => Grid.Aggregate(1.0, (n, kv) => n * kv.Value.Count);

    /// <summary>Every combination, as key=value item lists (one empty list when the grid is empty).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Combinations()
    {
        IEnumerable<IReadOnlyList<string>> combos = [[]];
        foreach (var (key, values) in Grid)
        {
            combos = combos.SelectMany(c => values.Select(v => (IReadOnlyList<string>)[.. c, $"{key}={v}"])).ToList();
        }

        return combos.ToList();
    }
}
