using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>Every problem the library knows (<see cref="ProblemFamilies"/>), as the command line meets it.</summary>
public static class ProblemCatalog
{
    /// <summary>All problems, in the order <c>saddle problems</c> lists them.</summary>
    public static IReadOnlyList<ProblemDefinition> All { get; } = ProblemFamilies.All.Select(f => new ProblemDefinition(f)).ToArray();

    /// <summary>The problem called <paramref name="name"/>; a clear <see cref="ArgumentException"/> listing the known names otherwise.</summary>
    public static ProblemDefinition Get(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"unknown problem '{name}' (known: {string.Join(", ", All.Select(p => p.Name))})");
}
