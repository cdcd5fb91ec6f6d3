using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>
/// SaddleBench: every solver on every (family, dimension, instance, start) of a suite, run through the harness
/// (<see cref="BenchHarness"/>), whose counted oracle, anytime targets and certificate decide cost and success — one job
/// per (family, dimension, instance, start, solver) on the experiment machinery (store, resume, shards, Slurm).
/// External solvers (<c>--solver-command</c>) become <see cref="IBenchSolver"/>s through the constructor's
/// <c>commandSolver</c> (the ask/tell protocol bridge); without one a command is a bad argument.
/// </summary>
/// <param name="commandSolver">Turns a command line into a solver that speaks the ask/tell protocol; null when this program has no bridge.</param>
public sealed class SaddleBenchExperiment(Func<string, IBenchSolver>? commandSolver = null)
    : Experiment<SaddleBenchSettings, SaddleBenchJob, BenchRecord, SaddleBenchSummary>
{
    /// <summary>The separator of several commands in the <c>solver_commands</c> setting (commands never contain a newline).</summary>
    public const char CommandSeparator = '\n';

    /// <inheritdoc />
    public override string Name => "saddlebench";

    /// <inheritdoc />
    public override string Title => "SaddleBench: certified second-order targets, runtime ECDFs and performance profiles";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } =
    [
        new("suite", "full (quick with --quick)", $"the suite: {string.Join(", ", BenchSuite.All.Select(s => s.Name))}"),
        new("solvers", "all", $"built-in solvers, comma-separated ({string.Join(", ", BenchSolvers.Names)})"),
        new("families", "all", "family labels of the suite, comma-separated"),
        new("dimensions", "all", "dimensions, comma-separated"),
        new("solver_commands", "", "external solvers' commands (ask/tell protocol), separated by newlines"),
    ];

    /// <inheritdoc />
    public override SaddleBenchSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var set = Overrides(request);
        var suite = BenchSuite.Get(set.Has("suite") ? set.Text("suite") : request.Quick ? "quick" : "full");
        var solvers = set.Has("solvers") ? List(set.Text("solvers")) : [.. BenchSolvers.Names];
        var unknown = solvers.FirstOrDefault(s => !BenchSolvers.Names.Contains(s));
        if (unknown is not null)
        {
            throw new ArgumentException($"experiment {Name}: unknown solver '{unknown}' (known: {string.Join(", ", BenchSolvers.Names)})");
        }

        var families = set.Has("families") ? List(set.Text("families")) : [];
        var badFamily = families.FirstOrDefault(f => suite.Families.All(e => e.Label != f));
        if (badFamily is not null)
        {
            throw new ArgumentException($"experiment {Name}: suite {suite.Name} has no family '{badFamily}' (known: {string.Join(", ", suite.Families.Select(f => f.Label))})");
        }

        int[] dimensions = set.Has("dimensions") ? set.Int32sAtLeast("dimensions", 1) : [];
        var commands = set.Has("solver_commands") ? set.Text("solver_commands").Split(CommandSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (commands.Length > 0 && commandSolver is null)
        {
            throw new ArgumentException($"experiment {Name}: --solver-command needs the ask/tell protocol bridge, which this program does not have");
        }

        return new SaddleBenchSettings(suite.Name, solvers, families, dimensions, commands, request.Seed);
    }

    /// <inheritdoc />
    public override IReadOnlyList<SaddleBenchJob> Jobs(SaddleBenchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var suite = BenchSuite.Get(settings.Suite);
        var cases = suite.Cases(settings.Families, settings.Dimensions);
        if (cases.Count == 0)
        {
            throw new ArgumentException($"experiment {Name}: no instance of suite {suite.Name} has dimension {string.Join(",", settings.Dimensions)} in the families chosen");
        }

        var labels = SolverCommandName.Distinct(settings.SolverCommands.Select(c => ShellWords.Split(c, "--solver-command")), settings.Solvers);
        var external = settings.SolverCommands.Select((c, i) => (Label: labels[i], Command: (string?)c)).ToList();
        var all = settings.Solvers.Select(s => (Label: s, Command: (string?)null)).Concat(external).ToList();
        return [.. from c in cases
                   from s in all
                   select new SaddleBenchJob(suite.Name, BenchSuite.Version, c.Family, c.Dimension, c.Instance, c.Start, s.Label, s.Command, settings.BaseSeed + c.Instance)];
    }

    /// <inheritdoc />
    protected override string PartOf(SaddleBenchJob job) => job?.Solver ?? "";

    /// <inheritdoc />
    protected override string LabelOf(SaddleBenchJob job) => job is null ? "" : $"{job.Solver} {job.Family} d={job.Dimension} #{job.Instance} {job.Start}";

    /// <inheritdoc />
    public override BenchRecord Run(SaddleBenchJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var suite = BenchSuite.Get(job.Suite);
        var instance = suite.Instance(new BenchCase(job.Family, job.Dimension, job.Instance, job.Start));
        var solver = job.Command is null
            ? BenchSolvers.Create(job.Solver, instance)
            : (commandSolver ?? throw new ArgumentException($"experiment {Name}: --solver-command needs the ask/tell protocol bridge, which this program does not have"))(job.Command);
        var record = BenchHarness.Run(instance, job.Start, solver, suite.BudgetFor(instance.PointLength), job.Seed, context?.Cancellation ?? default);
        return job.Command is null ? record : record with { Solver = job.Solver };
    }

    /// <inheritdoc />
    public override SaddleBenchSummary Analyze(SaddleBenchSettings settings, IReadOnlyList<JobResult<SaddleBenchJob, BenchRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return SaddleBenchAnalysis.Analyze(settings, [.. results.Select(r => r.Record)]);
    }

    /// <inheritdoc />
    public override string Report(SaddleBenchSummary summary, ReportContext context) => SaddleBenchReport.Write(summary, context);

    private static List<string> List(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
