namespace SaddleEscape.Experiments.Running;

/// <summary>Where long work reports how far it has come (the CLI draws a bar on a terminal, plain lines otherwise).</summary>
public interface IProgressSink
{
    /// <summary>A piece of work of size <paramref name="total"/> starts.</summary>
    void Start(string description, double total);

    /// <summary><paramref name="done"/> of the total is finished; <paramref name="note"/> says what is running.</summary>
    void Report(double done, string note);

    /// <summary>The piece of work ended.</summary>
    void Finish();

    /// <summary>A one-line message (e.g. how many stored jobs were skipped).</summary>
    void Message(string line);
}
