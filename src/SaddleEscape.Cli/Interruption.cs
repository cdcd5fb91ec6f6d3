namespace SaddleEscape.Cli;

/// <summary>
/// Ctrl+C (SIGINT) as a request to stop: the work is cancelled through its token (no new job starts, finished jobs
/// stay stored), one line says how to resume, and the command ends with <see cref="ExitCodes.Interrupted"/>. A second
/// Ctrl+C while stopping ends the process at once (the store is consistent after any kill).
/// </summary>
internal static class Interruption
{
    /// <summary>
    /// Runs <paramref name="work"/> with Ctrl+C turned into cancellation (printing <paramref name="onCancel"/>);
    /// false when it was cancelled (after printing so).
    /// </summary>
    public static bool Run(string onCancel, Action<CancellationToken> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            if (cancel.IsCancellationRequested)
            {
                return; // the second Ctrl+C: let it end the process
            }

            e.Cancel = true;
            cancel.Cancel();
            Console.Error.WriteLine(onCancel);
        };
        Console.CancelKeyPress += handler;
        try
        {
            work(cancel.Token);
            return true;
        }
        catch (Exception e) when (cancel.IsCancellationRequested && Faults.Unwrap(e) is OperationCanceledException)
        {
            Console.Error.WriteLine("saddle: cancelled");
            return false;
        }
        finally
        {
            Console.CancelKeyPress -= handler;
        }
    }
}
