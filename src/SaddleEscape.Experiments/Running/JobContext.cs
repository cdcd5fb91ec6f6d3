namespace SaddleEscape.Experiments.Running;

/// <summary>What a running job can tell the runner: how far it is (for the progress bar) and whether to stop.</summary>
public sealed class JobContext
{
    private readonly Action<double, string> _report;

    internal JobContext(Action<double, string> report, CancellationToken cancellation)
    {
        _report = report;
        Cancellation = cancellation;
    }

    /// <summary>A context that reports nowhere (running a job by hand, tests).</summary>
    public static JobContext None { get; } = new((_, _) => { }, CancellationToken.None);

    /// <summary>Set when the whole run is being stopped (Ctrl-C); a job may end early and throw <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The job is <paramref name="fraction"/> (in [0, 1]) done; <paramref name="note"/> says what it is doing.</summary>
    public void Report(double fraction, string note) => _report(Math.Clamp(fraction, 0, 1), note);
}
