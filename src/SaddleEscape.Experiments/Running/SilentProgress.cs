namespace SaddleEscape.Experiments.Running;

/// <summary>A progress sink that drops everything (library use and tests).</summary>
public sealed class SilentProgress : IProgressSink
{
    /// <summary>The one instance.</summary>
    public static SilentProgress Instance { get; } = new();

    /// <inheritdoc />
    public void Start(string description, double total)
    {
    }

    /// <inheritdoc />
    public void Report(double done, string note)
    {
    }

    /// <inheritdoc />
    public void Finish()
    {
    }

    /// <inheritdoc />
    public void Message(string line)
    {
    }
}
