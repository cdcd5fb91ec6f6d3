namespace SaddleEscape.Problems;

/// <summary>Every problem family the library knows, by name (what <c>saddle problems</c> lists).</summary>
public static class ProblemFamilies
{
    /// <summary>All families, in the order they are listed.</summary>
    public static IReadOnlyList<ProblemFamily> All { get; } =
    [
        new QuadraticSaddleFamily(),
        new OctopusFamily(),
        new DoubleWellFamily(),
        new SpinGlassFamily(),
        new DeepLinearFamily(),
        new MatrixFactorizationFamily(),
        new TensorOrthogonal4Family(),
        new TensorSphere3Family(),
        new TensorIca4Family(),
        new LandscapeDesignGFamily(),
        new LandscapeDesignNonOrthogonalFamily(),
        new LandscapeDesignFFamily(),
    ];

    /// <summary>The family called <paramref name="name"/>; a one-line <see cref="ArgumentException"/> listing the known names otherwise.</summary>
    public static ProblemFamily Get(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"unknown problem '{name}' (known: {string.Join(", ", All.Select(p => p.Name))})");
}
