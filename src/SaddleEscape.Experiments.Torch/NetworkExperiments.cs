using SaddleEscape.Experiments.Hosting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.PsgdComparison;
using SaddleEscape.Experiments.Torch.Spectra;

namespace SaddleEscape.Experiments.Torch;

/// <summary>The experiments that train networks with TorchSharp, and the registry of the <c>saddle-torch</c> tool.</summary>
public static class NetworkExperiments
{
    /// <summary>The network experiments, in <c>reproduce all</c> order (their names are <see cref="LeanExperiments.NetworkExperimentNames"/>).</summary>
    public static IReadOnlyList<IExperiment> All { get; } =
    [
        new SpectraExperiment(),
        new PsgdComparisonExperiment("mlp"),
        new PsgdComparisonExperiment("cnn"),
    ];

    /// <summary>The <c>saddle-torch</c> tool's registry: the lean tool's experiments, then the network experiments.</summary>
    public static ExperimentRegistry Registry { get; } = LeanExperiments.Registry.With(All);
}
