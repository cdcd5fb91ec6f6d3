using SaddleEscape.Experiments.OctopusEscape;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The experiments one <c>saddle</c> program knows, in the order <c>reproduce all</c> runs them, and those it leaves to
/// another program. <see cref="Lean"/> is the <c>saddle</c> tool's: every experiment of this assembly, with the network
/// experiments (TorchSharp) named as living in <c>saddle-torch</c>, whose registry adds them with <see cref="With"/>.
/// </summary>
public sealed class ExperimentRegistry
{
    /// <summary>Where the network experiments run: the phrase that follows "NAME is".</summary>
    public const string NetworkExperimentWhere =
        "a network experiment (TorchSharp, libtorch): it runs in the saddle-torch tool, which has every saddle command too "
        + "(dotnet tool install -g SaddleEscape.Tool.Torch; from a clone: dotnet run -c Release --project src/SaddleEscape.Cli.Torch -- …)";

    private readonly IReadOnlyList<ExperimentElsewhere> _known;

    /// <summary>A registry of <paramref name="experiments"/>, which knows where the experiments of <paramref name="elsewhere"/> it lacks are.</summary>
    public ExperimentRegistry(IReadOnlyList<IExperiment> experiments, IReadOnlyList<ExperimentElsewhere> elsewhere)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(elsewhere);
        All = experiments;
        _known = elsewhere;
        Elsewhere = [.. elsewhere.Where(x => experiments.All(e => e.Name != x.Name))];
    }

    /// <summary>The network experiments, in <c>reproduce all</c> order: in <c>SaddleEscape.Experiments.Torch</c> and the <c>saddle-torch</c> tool.</summary>
    public static IReadOnlyList<string> NetworkExperimentNames { get; } = ["spectra", "psgd-mlp", "psgd-cnn"];

    /// <summary>
    /// The <c>saddle</c> tool's registry: every experiment of this assembly in <c>reproduce all</c> order, and the network
    /// experiments (<see cref="NetworkExperimentNames"/>) as living in <c>saddle-torch</c>.
    /// </summary>
    public static ExperimentRegistry Lean { get; } = new(
        [
            new OctopusEscapeExperiment(),
            new EscapeTime.EscapeTimeExperiment(),
            new TensorDecomposition.TensorDecompositionExperiment(),
            new LandscapeDesign.LandscapeDesignExperiment(),
            new NeuralLiftComparison.NeuralLiftExperiment(),
            new SpinGlass.SpinGlassExperiment(),
            new LevelSets.LevelSetsExperiment(),
        ],
        [.. NetworkExperimentNames.Select(name => new ExperimentElsewhere(name, NetworkExperimentWhere))]);

    /// <summary>Every experiment name, <see cref="Lean"/>'s and then the network experiments: the order of the index page.</summary>
    public static IReadOnlyList<string> Order { get; } = [.. Lean.All.Select(e => e.Name), .. NetworkExperimentNames];

    /// <summary>The experiments this program runs, in <c>reproduce all</c> order.</summary>
    public IReadOnlyList<IExperiment> All { get; }

    /// <summary>The experiments this program lacks and where they are, in <c>reproduce all</c> order.</summary>
    public IReadOnlyList<ExperimentElsewhere> Elsewhere { get; }

    /// <summary>This registry with <paramref name="more"/> appended (they no longer count as elsewhere).</summary>
    public ExperimentRegistry With(IReadOnlyList<IExperiment> more) => new([.. All, .. more], _known);

    /// <summary>
    /// The experiment called <paramref name="name"/>; one clear <see cref="ArgumentException"/> otherwise: where it is when
    /// another program has it, else the names known here.
    /// </summary>
    public IExperiment Get(string name) =>
        All.FirstOrDefault(e => e.Name == name)
        ?? throw new ArgumentException(Elsewhere.FirstOrDefault(x => x.Name == name) is { } elsewhere
            ? $"{name} is {elsewhere.Where}"
            : $"unknown experiment '{name}' (known: {string.Join(", ", All.Select(e => e.Name))}, all)");
}
