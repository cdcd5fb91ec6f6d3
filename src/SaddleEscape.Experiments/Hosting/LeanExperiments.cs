using SaddleEscape.Experiments.EscapeTime;
using SaddleEscape.Experiments.LandscapeDesign;
using SaddleEscape.Experiments.LevelSets;
using SaddleEscape.Experiments.NeuralLiftComparison;
using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Protocol;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.SaddleBench;
using SaddleEscape.Experiments.SpinGlass;
using SaddleEscape.Experiments.TensorDecomposition;

namespace SaddleEscape.Experiments.Hosting;

/// <summary>
/// The lean <c>saddle</c> tool's experiments (the composition root's list; the running machinery below names none):
/// every experiment of this assembly in <c>reproduce all</c> order, and the network experiments (TorchSharp) named as
/// living in <c>saddle-torch</c>, whose registry adds them.
/// </summary>
public static class LeanExperiments
{
    /// <summary>Where the network experiments run: the phrase that follows "NAME is".</summary>
    public const string NetworkExperimentWhere =
        "a network experiment (TorchSharp, libtorch): it runs in the saddle-torch tool, which has every saddle command too "
        + "(dotnet tool install -g SaddleEscape.Tool.Torch; from a clone: dotnet run -c Release --project src/SaddleEscape.Cli.Torch -- …)";

    /// <summary>The network experiments, in <c>reproduce all</c> order: in <c>SaddleEscape.Experiments.Torch</c> and the <c>saddle-torch</c> tool.</summary>
    public static IReadOnlyList<string> NetworkExperimentNames { get; } = ["spectra", "psgd-mlp", "psgd-cnn"];

    /// <summary>The <c>saddle</c> tool's registry.</summary>
    public static ExperimentRegistry Registry { get; } = new(
        [
            new OctopusEscapeExperiment(),
            new EscapeTimeExperiment(),
            new TensorDecompositionExperiment(),
            new LandscapeDesignExperiment(),
            new NeuralLiftExperiment(),
            new SpinGlassExperiment(),
            new LevelSetsExperiment(),
            new SaddleBenchExperiment(command => new ProcessSolver(command)),
        ],
        [.. NetworkExperimentNames.Select(name => new ExperimentElsewhere(name, NetworkExperimentWhere))]);
}
