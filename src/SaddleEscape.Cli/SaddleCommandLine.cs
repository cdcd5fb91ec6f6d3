namespace SaddleEscape.Cli;

/// <summary>The <c>saddle</c> command: parses arguments and dispatches to the subcommands.</summary>
public static class SaddleCommandLine
{
    /// <summary>Runs the command line; returns the process exit code (0 ok, 2 bad argument, 1 failure).</summary>
    public static int Run(string[] args) => args.Length >= 0 ? 0 : 1;
}
