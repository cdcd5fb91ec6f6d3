using System.Text;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// Drains a child's stderr on a task of its own (so that a chatty child never blocks on a full pipe) and keeps only its
/// last <see cref="Capacity"/> bytes, from which <see cref="Tail"/> gives the last lines.
/// </summary>
internal sealed class StderrTail
{
    /// <summary>Bytes kept.</summary>
    public const int Capacity = 8192;

    private readonly byte[] _ring = new byte[Capacity];
    private readonly Lock _gate = new();
    private readonly Task _drain;
    private long _written;

    public StderrTail(Stream stderr)
    {
        _drain = Task.Run(() => Drain(stderr));
    }

    /// <summary>The last <paramref name="lines"/> lines written so far (waiting up to <paramref name="wait"/> for the stream to end first).</summary>
    public string Tail(int lines, TimeSpan wait)
    {
        try
        {
            _drain.Wait(wait);
        }
        catch (AggregateException)
        {
            // The pipe broke: what was read is still there.
        }

        byte[] bytes;
        lock (_gate)
        {
            int count = (int)Math.Min(_written, Capacity);
            bytes = new byte[count];
            int start = (int)((_written - count) % Capacity);
            for (int i = 0; i < count; i++)
            {
                bytes[i] = _ring[(start + i) % Capacity];
            }
        }

        var all = Encoding.UTF8.GetString(bytes).Replace("\r", string.Empty, StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    private void Drain(Stream stderr)
    {
        var chunk = new byte[4096];
        int n;
        while ((n = stderr.Read(chunk, 0, chunk.Length)) > 0)
        {
            lock (_gate)
            {
                for (int i = 0; i < n; i++)
                {
                    _ring[(_written + i) % Capacity] = chunk[i];
                }

                _written += n;
            }
        }
    }
}
