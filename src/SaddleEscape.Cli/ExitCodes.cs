namespace SaddleEscape.Cli;

/// <summary>The exit codes of <c>saddle</c>, one per kind of ending (listed by <c>saddle --help</c> and in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>A failure that is neither the input's nor the environment's (a job that threw, a missing stored result, a bug).</summary>
    public const int Failure = 1;

    /// <summary>A bad argument, input file or setting, or one over a limit (nothing was run or written).</summary>
    public const int BadInput = 2;

    /// <summary>A run that diverged or left its domain (its outputs are still written).</summary>
    public const int Diverged = 3;

    /// <summary>The environment failed: a full disk, a damaged, locked or read-only results store, an I/O error, no memory.</summary>
    public const int Environment = 4;

    /// <summary>Stopped by Ctrl+C (SIGINT): finished jobs are stored, the same command resumes.</summary>
    public const int Interrupted = 130;

    /// <summary>The table printed at the end of <c>saddle --help</c>.</summary>
    public static IReadOnlyList<string> Help { get; } =
    [
        $"{Ok} done",
        $"{Failure} a failure that is neither the input's nor the environment's (a job failed, a stored result is missing, an internal error)",
        $"{BadInput} bad input: an argument, input file or setting, or one over a size/time limit (--force lifts limits); nothing was written",
        $"{Diverged} the run diverged or left its domain (its outputs are still written)",
        $"{Environment} the environment failed: disk full, a damaged/locked/read-only results store, an I/O error, out of memory (stored jobs are kept)",
        $"{Interrupted} interrupted (Ctrl+C): finished jobs are stored; run the same command again to resume",
    ];
}
