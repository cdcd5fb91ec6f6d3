namespace SaddleEscape.Experiments.Catalog;

/// <summary>Every problem the library knows, by name.</summary>
public static class ProblemCatalog
{
    /// <summary>All problems, in the order <c>saddle problems</c> lists them.</summary>
    public static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        new QuadraticSaddleProblem(),
        new OctopusProblem(),
        new SpinGlassProblem(),
        new DeepLinearProblem(),
        new MatrixFactorisationProblem(),
        new TensorOrthogonal4Problem(),
        new TensorSphere3Problem(),
        new TensorIca4Problem(),
        new LandscapeDesignGProblem(),
        new LandscapeDesignGProblem(nonOrthogonal: true),
        new LandscapeDesignFProblem(),
    ];

    /// <summary>The problem called <paramref name="name"/>; a clear <see cref="ArgumentException"/> listing the known names otherwise.</summary>
    public static ProblemDefinition Get(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"unknown problem '{name}' (known: {string.Join(", ", All.Select(p => p.Name))})");
}
