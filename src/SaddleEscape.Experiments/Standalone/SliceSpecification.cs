namespace SaddleEscape.Experiments.Standalone;

/// <summary>What <c>saddle slice</c> draws: a 2-D view of a catalogue problem, and the optimisers whose paths to overlay.</summary>
/// <param name="Problem">Problem name.</param>
/// <param name="Dimension">Its size (null: the problem's default).</param>
/// <param name="Set">Problem key=value settings.</param>
/// <param name="Seed">Seed of the instance, its start and the optimisers.</param>
/// <param name="Center">origin, start, or a file holding the point (JSON array or CSV).</param>
/// <param name="Directions">axes (coordinate axes <see cref="Axes"/>) or random (filter-normalised, seeded).</param>
/// <param name="Axes">The two coordinate indices for axes.</param>
/// <param name="Range">The grid spans [−range, range]² in (α, β).</param>
/// <param name="Resolution">Grid points per side.</param>
/// <param name="Optimizers">Optimisers run from the problem's start (or <see cref="InitFile"/>) whose iterates are projected onto the plane.</param>
/// <param name="MaxIterations">Iterations of each.</param>
/// <param name="InitFile">Start of the optimisers (null: the problem's start).</param>
public sealed record SliceSpecification(
    string Problem, int? Dimension, IReadOnlyList<string> Set, int Seed, string Center = "origin", string Directions = "axes", (int, int)? Axes = null,
    double Range = 1, int Resolution = 121, IReadOnlyList<string>? Optimizers = null, long MaxIterations = 500, string? InitFile = null);
