namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The experiments one <c>saddle</c> program knows, in the order <c>reproduce all</c> runs them, and those it leaves to
/// another program. It names no experiment itself: the composition roots build theirs (the lean tool's is
/// <c>Hosting.LeanExperiments.Registry</c>; <c>saddle-torch</c> adds the network experiments with <see cref="With"/>).
/// </summary>
public sealed class ExperimentRegistry
{
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

    /// <summary>Every experiment name this program knows of, its own and then those elsewhere: the order of the index page.</summary>
    public IReadOnlyList<string> Order => [.. All.Select(e => e.Name), .. Elsewhere.Select(x => x.Name)];

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
