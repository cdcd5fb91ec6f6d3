using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>Settings of the level-sets experiment (Freeman &amp; Bruna 2017's dynamic string sampling on two regression landscapes).</summary>
/// <param name="CubicLevels">Energy levels u₀ for the cubic-polynomial model.</param>
/// <param name="TeacherLevels">Energy levels u₀ for the teacher–student model.</param>
/// <param name="Pairs">Pairs of independently trained end points per (model, level).</param>
/// <param name="MaxBeads">Bead budget of each string.</param>
/// <param name="TrainSteps">Heavy-ball steps at most to bring an end point to E ≤ u₀.</param>
/// <param name="BaseSeed">Seed of the data and, with the pair index, of the end points' initialisations.</param>
public sealed record LevelSetsSettings(
    [property: Setting("cubic_levels", "energy levels u₀ of the cubic model")] IReadOnlyList<double> CubicLevels,
    [property: Setting("teacher_levels", "energy levels u₀ of the teacher model")] IReadOnlyList<double> TeacherLevels,
    [property: Setting("pairs", "pairs of end points per (model, level)", Minimum = 1)] int Pairs,
    [property: Setting("max_beads", "bead budget per string", Minimum = 0)] int MaxBeads = 32,
    int TrainSteps = 100_000,
    int BaseSeed = 0)
{
    /// <summary>4 levels for the cubic model, 3 for the teacher, 2 pairs each (about 15 s on two cores, Release build).</summary>
    public static LevelSetsSettings Quick { get; } = new([1e-2, 3e-3, 1e-3, 3e-4], [1e-1, 1e-2, 1e-3], 2);

    /// <summary>5 levels per model, 8 pairs each.</summary>
    public static LevelSetsSettings Full { get; } = new([1e-2, 3e-3, 1e-3, 3e-4, 1e-4], [1e-1, 1e-2, 1e-3, 1e-4, 1e-5], 8, MaxBeads: 48);

    /// <summary>The levels of <paramref name="model"/>.</summary>
    public IReadOnlyList<double> LevelsOf(string model) => model == "cubic" ? CubicLevels : TeacherLevels;
}
