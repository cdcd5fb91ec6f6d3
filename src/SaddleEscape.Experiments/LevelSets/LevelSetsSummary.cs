namespace SaddleEscape.Experiments.LevelSets;

/// <summary>What the level-sets analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every string.</param>
/// <param name="Cells">Per (model, level).</param>
public sealed record LevelSetsSummary(LevelSetsSettings Settings, IReadOnlyList<LevelSetsRun> Runs, IReadOnlyList<LevelSetsCell> Cells)
{
    /// <summary>True when, for <paramref name="model"/>, the median length does not decrease as the level decreases (over levels with connected strings).</summary>
    public bool LengthGrowsAsLevelFalls(string model)
    {
        var medians = Cells.Where(c => c.Model == model && c.Connected > 0).OrderByDescending(c => c.Level).Select(c => c.MedianLength).ToList();
        return medians.Count >= 2 && medians.Zip(medians.Skip(1)).All(p => p.Second >= p.First - 1e-9) && medians[^1] > medians[0];
    }
}
