using Spectre.Console;

namespace SaddleEscape.Cli;

/// <summary>Where the CLI writes: a Spectre.Console display on a terminal, plain lines when redirected.</summary>
internal static class Terminal
{
    /// <summary>True when stdout is an interactive terminal (progress bars and tables are drawn).</summary>
    public static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/> with a progress reporter: a live bar on a terminal, about ten plain lines otherwise.</summary>
    public static T WithProgress<T>(string description, double total, Func<Action<double, string>, T> work)
    {
        if (Interactive)
        {
            T result = default!;
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
                    result = work((done, note) =>
                    {
                        task.Value = Math.Min(done, task.MaxValue);
                        task.Description = Markup.Escape($"{description} {note}");
                    });
                    task.Value = task.MaxValue;
                });
            return result;
        }

        double nextReport = 0;
        return work((done, note) =>
        {
            if (done >= nextReport)
            {
                Console.WriteLine(FormattableString.Invariant($"{description}: {100 * done / Math.Max(total, 1):F0}% {note}"));
                nextReport = done + (total / 10);
            }
        });
    }
}
