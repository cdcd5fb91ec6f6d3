using Microsoft.Data.Sqlite;
using SaddleEscape.Experiments.Running;
using System.Reflection;

namespace SaddleEscape.Cli;

/// <summary>
/// The one place an exception becomes an exit code and one line on stderr: bad input (2), the environment (4: a full
/// disk, a damaged or read-only store, I/O, memory), cancellation (130), anything else (1). Whatever is unexpected
/// still ends in one line, with the stack trace kept in a log file for a bug report.
/// </summary>
internal static class Faults
{
    /// <summary>The exit code and the line (without the "saddle: " prefix) for <paramref name="error"/>.</summary>
    public static (int Code, string Line) Describe(Exception error)
    {
        var e = Unwrap(error);
        if (StorageFaults.IsDiskFull(e))
        {
            return (ExitCodes.Environment, e is ResultsStoreException ? FirstLine(e.Message) : $"no space left on the device ({FirstLine(e.Message)}); free some space and run the same command again (stored jobs are kept)");
        }

        return e switch
        {
            OperationCanceledException => (ExitCodes.Interrupted, "cancelled"),
            ArgumentException => (ExitCodes.BadInput, FirstLine(e.Message)),
            ResultsStoreException => (ExitCodes.Environment, FirstLine(e.Message)),
            SqliteException sql => (ExitCodes.Environment, $"SQLite error {sql.SqliteErrorCode}: {FirstLine(sql.Message)}"),
            UnauthorizedAccessException => (ExitCodes.Environment, $"permission denied: {FirstLine(e.Message)}"),
            IOException => (ExitCodes.Environment, FirstLine(e.Message)),
            OutOfMemoryException or InsufficientMemoryException => (ExitCodes.Environment, "out of memory: the run needs more memory than this machine gives it; make it smaller (without --force the size limits refuse such runs up front)"),
            InvalidOperationException => (ExitCodes.Failure, FirstLine(e.Message)),
            _ => (ExitCodes.Failure, $"internal error ({e.GetType().Name}: {FirstLine(e.Message)}){Logged(error)}"),
        };
    }

    /// <summary>The innermost meaningful exception: through aggregate (parallel jobs), invocation and type-initialisation wrappers.</summary>
    public static Exception Unwrap(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var e = error;
        while (true)
        {
            switch (e)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    var inner = aggregate.Flatten().InnerExceptions;
                    // Prefer the first fault that is not a cancellation (the others stopped because of it).
                    e = inner.FirstOrDefault(x => x is not OperationCanceledException) ?? inner[0];
                    continue;
                case TargetInvocationException { InnerException: { } invoked }:
                    e = invoked;
                    continue;
                case TypeInitializationException { InnerException: { } initialized }:
                    e = initialized;
                    continue;
                default:
                    return e;
            }
        }
    }

    /// <summary>The message's first line, without .NET's " (Parameter 'x')" tail.</summary>
    public static string FirstLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        string line = cut > 0 ? message[..cut] : message;
        return line.Split('\n')[0].Trim();
    }

    /// <summary>Writes the full exception to a log file in the temporary folder (best effort); returns "; details in FILE" or "".</summary>
    private static string Logged(Exception error)
    {
        try
        {
            string path = Path.Combine(Path.GetTempPath(), $"saddle-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{System.Environment.ProcessId}.txt");
            File.WriteAllText(path, $"saddle {string.Join(' ', System.Environment.GetCommandLineArgs().Skip(1))}\n{error}\n");
            return $"; details in {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
