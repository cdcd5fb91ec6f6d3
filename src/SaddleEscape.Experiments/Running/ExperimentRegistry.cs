using SaddleEscape.Experiments.OctopusEscape;

namespace SaddleEscape.Experiments.Running;

/// <summary>Every experiment <c>saddle reproduce</c> knows, in the order <c>reproduce all</c> runs them.</summary>
public static class ExperimentRegistry
{
    /// <summary>All experiments.</summary>
    public static IReadOnlyList<IExperiment> All { get; } =
    [
        new OctopusEscapeExperiment(),
        new EscapeTime.EscapeTimeExperiment(),
        new TensorDecomposition.TensorDecompositionExperiment(),
        new LandscapeDesign.LandscapeDesignExperiment(),
        new NeuralLiftComparison.NeuralLiftExperiment(),
        new SpinGlass.SpinGlassExperiment(),
        new LevelSets.LevelSetsExperiment(),
        new Spectra.SpectraExperiment(),
        new PsgdComparison.PsgdComparisonExperiment("mlp"),
        new PsgdComparison.PsgdComparisonExperiment("cnn"),
    ];

    /// <summary>The experiment called <paramref name="name"/>; one clear <see cref="ArgumentException"/> listing the known ones otherwise.</summary>
    public static IExperiment Get(string name) =>
        All.FirstOrDefault(e => e.Name == name)
        ?? throw new ArgumentException($"unknown experiment '{name}' (known: {string.Join(", ", All.Select(e => e.Name))}, all)");
}
