using SaddleEscape.Experiments.Running;
using Spectre.Console;

namespace SaddleEscape.Cli;

/// <summary>
/// Where the CLI writes: results to stdout; progress to stderr — a live Spectre.Console bar when stderr is a
/// terminal, about ten plain lines per piece of work otherwise (so redirected stdout holds only results).
/// </summary>
internal static class Terminal
{
    private static readonly IAnsiConsole ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>True when stdout is an interactive terminal (tables are drawn).</summary>
    public static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>True when stderr is an interactive terminal (progress bars are drawn).</summary>
    public static bool ProgressInteractive => !Console.IsErrorRedirected && ErrorConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/> with a progress sink on stderr.</summary>
    public static T WithProgress<T>(Func<IProgressSink, T> work)
    {
        if (!ProgressInteractive)
        {
            return work(new PlainProgress());
        }

        T result = default!;
        ErrorConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context => result = work(new BarProgress(context)));
        return result;
    }

    /// <summary>
    /// Progress for a log or a pipe: a line per tenth of the work at most, and at most one every <see cref="Interval"/>,
    /// so a run of a fraction of a second prints none and a long one a line every few seconds.
    /// </summary>
    private sealed class PlainProgress : IProgressSink
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
        private readonly Lock _gate = new();
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan _last;
        private string _description = "";
        private double _total = 1;
        private double _next;

        public void Start(string description, double total)
        {
            lock (_gate)
            {
                (_description, _total, _next) = (description, Math.Max(total, 1e-12), 0);
                _last = _clock.Elapsed;
            }
        }

        public void Report(double done, string note)
        {
            lock (_gate)
            {
                if (done >= _next && _clock.Elapsed - _last >= Interval)
                {
                    Console.Error.WriteLine(FormattableString.Invariant($"{_description}: {100 * done / _total:F0}% {note}"));
                    _next = done + (_total / 10);
                    _last = _clock.Elapsed;
                }
            }
        }

        public void Finish()
        {
        }

        public void Message(string line) => Console.Error.WriteLine(line);
    }

    private sealed class BarProgress(ProgressContext context) : IProgressSink
    {
        private readonly Lock _gate = new();
        private ProgressTask? _task;
        private string _description = "";

        public void Start(string description, double total)
        {
            lock (_gate)
            {
                _description = description;
                _task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1e-12));
            }
        }

        public void Report(double done, string note)
        {
            lock (_gate)
            {
                if (_task is not null)
                {
                    _task.Value = Math.Min(done, _task.MaxValue);
                    _task.Description = Markup.Escape($"{_description} {note}");
                }
            }
        }

        public void Finish()
        {
            lock (_gate)
            {
                if (_task is not null)
                {
                    _task.Value = _task.MaxValue;
                    _task.Description = Markup.Escape(_description);
                }
            }
        }

        public void Message(string line) => ErrorConsole.MarkupLine(Markup.Escape(line));
    }
}
