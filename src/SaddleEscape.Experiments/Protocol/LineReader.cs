using System.Globalization;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// Reads '\n'-terminated lines from a child's stdout, never holding more than <c>maxLineBytes</c> (a longer line is a
/// protocol error, found before the buffer grows past the bound) and never waiting longer than a deadline for one.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLineBytes)
{
    private byte[] _buffer = new byte[Math.Min(1 << 16, maxLineBytes + 1)];
    private int _start;
    private int _end;

    /// <summary>
    /// The next line without its '\n' (valid until the next call), or null at the end of the stream (a partial last line
    /// is dropped). Throws <see cref="TimeoutException"/> when no whole line came within <paramref name="timeout"/>.
    /// </summary>
    public ReadOnlyMemory<byte>? ReadLine(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        int scanFrom = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                var line = _buffer.AsMemory(_start, newline - _start);
                _start = newline + 1;
                return line;
            }

            if (_end - _start > maxLineBytes)
            {
                throw new SolverProtocolException(string.Create(CultureInfo.InvariantCulture, $"a line is longer than max_line_bytes = {maxLineBytes}"));
            }

            scanFrom = _end - _start;
            MakeRoom();
            scanFrom += _start;
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException();
            }

            var read = stream.ReadAsync(_buffer.AsMemory(_end), CancellationToken.None).AsTask();
            if (!read.Wait(remaining, cancellationToken))
            {
                _ = read.ContinueWith(static t => t.Exception, TaskScheduler.Default);
                throw new TimeoutException();
            }

            int n = read.Result;
            if (n == 0)
            {
                return null;
            }

            _end += n;
        }
    }

    private void MakeRoom()
    {
        if (_end < _buffer.Length)
        {
            return;
        }

        int used = _end - _start;
        if (used < _buffer.Length / 2)
        {
            Array.Copy(_buffer, _start, _buffer, 0, used);
        }
        else
        {
            var bigger = new byte[(int)Math.Min((long)maxLineBytes + 1, 2L * _buffer.Length)];
            Array.Copy(_buffer, _start, bigger, 0, used);
            _buffer = bigger;
        }

        (_start, _end) = (0, used);
    }
}
