using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary>The <c>saddle</c> command: parses arguments and dispatches to the subcommands.</summary>
public static class SaddleCommandLine
{
    /// <summary>The command tree.</summary>
    public static RootCommand Build() => new("saddle — non-convex optimisation that escapes saddle points: optimizers, landscapes, certificates, reproductions")
    {
        CatalogCommands.Problems(),
        CatalogCommands.Optimizers(),
        RunCommand.Create(),
        ReproduceCommand.Create(),
    };

    /// <summary>
    /// Runs the command line; returns the exit code: 0 ok, 2 a bad argument (one line on stderr
    /// naming it), 3 a run that diverged or left its domain (its outputs are still written), 1 any
    /// other failure.
    /// </summary>
    public static int Run(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"saddle: {parse.Errors[0].Message}");
            return 2;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"saddle: {FirstLine(e.Message)}");
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"saddle: {FirstLine(e.Message)}");
            return 1;
        }
    }

    private static string FirstLine(string message)
    {
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        string line = cut > 0 ? message[..cut] : message;
        return line.Split('\n')[0].Trim();
    }
}
