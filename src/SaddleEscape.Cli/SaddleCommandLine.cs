using SaddleEscape.Experiments.Hosting;
using SaddleEscape.Experiments.Running;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary>
/// The <c>saddle</c> command: parses arguments and dispatches to the subcommands. The experiments <c>reproduce</c>,
/// <c>slurm</c> and <c>experiments</c> know come from the registry the program passes in: the lean <c>saddle</c> tool's
/// (<see cref="LeanExperiments.Registry"/>, no TorchSharp) or <c>saddle-torch</c>'s, which adds the network experiments.
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

    /// <summary>
    /// <c>--force</c> on every command: lift the limits checked before a command starts (memory, job count, expected
    /// time, experiment setting sizes; <see cref="ResourceLimits"/>).
    /// </summary>
    internal static readonly Option<bool> ForceOption = new(ResourceLimits.ForceOption)
    {
        Description = "lift the limits checked before work starts: memory (half of what is available), 1 000 000 jobs, 7 days expected, experiment counts/sizes ≤ 100× their defaults",
        Recursive = true,
    };

    /// <summary>The command tree of the lean <c>saddle</c> tool.</summary>
    public static RootCommand Build() => Build(LeanExperiments.Registry);

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
            BenchCommand.Create(experiments),
            SlurmCommand.Create(experiments),
            SweepCommand.Create(),
            ResultsCommand.Create(),
        };
        root.Options.Add(ThreadsOption);
        root.Options.Add(ForceOption);
        root.With(
            "saddle run --problem quadratic-saddle --set start=stable-manifold --optimizer pgd --out runs/pgd",
            "saddle reproduce all --quick",
            "saddle problems");
        HelpExamples.Install(root);
        return root;
    }

    /// <summary>
    /// A program's entry point: <see cref="Run(string[], ExperimentRegistry)"/>, with a last-resort handler so that even an
    /// exception on another thread ends in one line and an exit code, never a stack trace. The lean tool passes
    /// <see cref="LeanExperiments.Registry"/>, <c>saddle-torch</c> its own registry.
    /// </summary>
    public static int RunProcess(string[] args, ExperimentRegistry? experiments = null)
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            int code = Report(e.ExceptionObject as Exception ?? new InvalidOperationException($"{e.ExceptionObject}"));
            Environment.Exit(code);
        };
        return Run(args, experiments ?? LeanExperiments.Registry);
    }

    /// <summary>Runs the command line of the lean <c>saddle</c> tool: <see cref="Run(string[], ExperimentRegistry)"/> with <see cref="LeanExperiments.Registry"/>.</summary>
    public static int Run(string[] args) => Run(args, LeanExperiments.Registry);

    /// <summary>
    /// Runs the command line with the experiments of <paramref name="experiments"/>; returns the exit code
    /// (<see cref="ExitCodes"/>): 0 ok, 2 bad input (one line on stderr naming it; nothing written; an experiment another
    /// program has: where it is), 3 a run that diverged or left its domain (its outputs are still written), 4 the
    /// environment (disk full, a damaged or read-only store, I/O), 130 interrupted, 1 any other failure. Every failure is
    /// one line on stderr (<see cref="Faults"/>).
    /// </summary>
    public static int Run(string[] args, ExperimentRegistry experiments)
    {
        int threadsBefore = Numerics.ThreadLimit.Threads;
        bool liftedBefore = ResourceLimits.Enforced is false;
        try
        {
            var parse = Build(experiments).Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            {
                Console.Error.WriteLine($"saddle: {Faults.FirstLine(parse.Errors[0].Message)}");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(ThreadsOption) is { } threads)
            {
                Numerics.ThreadLimit.Set(threads);
            }

            ResourceLimits.Lift(parse.GetValue(ForceOption));
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Report(e);
        }
        finally
        {
            Numerics.ThreadLimit.Set(threadsBefore);
            ResourceLimits.Lift(liftedBefore);
        }
    }

    /// <summary>Prints the one line for <paramref name="error"/> and returns its exit code.</summary>
    private static int Report(Exception error)
    {
        var (code, line) = Faults.Describe(error);
        try
        {
            Console.Error.WriteLine($"saddle: {line}");
        }
        catch (IOException)
        {
            // stderr is gone (a closed pipe): the exit code still tells.
        }

        return code;
    }
}
