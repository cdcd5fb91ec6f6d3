using SaddleEscape.Experiments.Running;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary>
/// The <c>saddle</c> command: parses arguments and dispatches to the subcommands. The experiments <c>reproduce</c>,
/// <c>slurm</c> and <c>experiments</c> know come from the registry the program passes in: the lean <c>saddle</c> tool's
/// (<see cref="ExperimentRegistry.Lean"/>, no TorchSharp) or <c>saddle-torch</c>'s, which adds the network experiments.
/// </summary>
public static class SaddleCommandLine
{
    /// <summary>
    /// <c>--threads N</c> on every command: the most threads used at once (jobs in parallel, the core's Parallel.For,
    /// libtorch's intra-op threads); default SADDLE_THREADS, else SLURM_CPUS_PER_TASK, else the cores, never above the cores.
    /// </summary>
    internal static readonly Option<int?> ThreadsOption = new("--threads")
    {
        Description = "most threads used at once: parallel jobs, the library's loops and libtorch (default: SADDLE_THREADS, else SLURM_CPUS_PER_TASK, else the cores; never more than the cores)",
        Recursive = true,
    };

    /// <summary>The command tree of the lean <c>saddle</c> tool.</summary>
    public static RootCommand Build() => Build(ExperimentRegistry.Lean);

    /// <summary>The command tree, with the experiments of <paramref name="experiments"/>.</summary>
    public static RootCommand Build(ExperimentRegistry experiments)
    {
        var root = new RootCommand("saddle — non-convex optimisation that escapes saddle points: optimizers, landscapes, certificates, reproductions")
        {
            CatalogCommands.Problems(),
            CatalogCommands.Optimizers(),
            CatalogCommands.Experiments(experiments),
            RunCommand.Create(),
            SpectrumCommand.Create(),
            SliceCommand.Create(),
            ReproduceCommand.Create(experiments),
            SlurmCommand.Create(experiments),
            SweepCommand.Create(),
            ResultsCommand.Create(),
        };
        root.Options.Add(ThreadsOption);
        root.With(
            "saddle run --problem quadratic-saddle --set start=stable-manifold --optimizer pgd --out runs/pgd",
            "saddle reproduce all --quick",
            "saddle problems");
        HelpExamples.Install(root);
        return root;
    }

    /// <summary>Runs the command line of the lean <c>saddle</c> tool: <see cref="Run(string[], ExperimentRegistry)"/> with <see cref="ExperimentRegistry.Lean"/>.</summary>
    public static int Run(string[] args) => Run(args, ExperimentRegistry.Lean);

    /// <summary>
    /// Runs the command line with the experiments of <paramref name="experiments"/>; returns the exit code: 0 ok, 2 a bad
    /// argument (one line on stderr naming it; an experiment another program has: where it is), 3 a run that diverged or
    /// left its domain (its outputs are still written), 1 any other failure (one line on stderr).
    /// </summary>
    public static int Run(string[] args, ExperimentRegistry experiments)
    {
        var parse = Build(experiments).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            Console.Error.WriteLine($"saddle: {parse.Errors[0].Message}");
            return 2;
        }

        int threadsBefore = Numerics.ThreadLimit.Threads;
        try
        {
            if (parse.GetValue(ThreadsOption) is { } threads)
            {
                Numerics.ThreadLimit.Set(threads);
            }

            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"saddle: {FirstLine(e.Message)}");
            return 2;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"saddle: {FirstLine(e.Message)}");
            return 1;
        }
        finally
        {
            Numerics.ThreadLimit.Set(threadsBefore);
        }
    }

    private static string FirstLine(string message)
    {
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        string line = cut > 0 ? message[..cut] : message;
        return line.Split('\n')[0].Trim();
    }
}
