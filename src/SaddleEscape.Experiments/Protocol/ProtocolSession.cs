using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// One child process speaking the protocol: started without a shell from its argument vector, read line by line with a
/// bound and a timeout, written to with the same timeout, its stderr drained to a tail, and killed (with its whole tree)
/// on every way out but a clean exit after <c>done</c>. Every failure becomes a <see cref="SolverProtocolException"/> with
/// the child already gone.
/// </summary>
internal sealed class ProtocolSession : IDisposable
{
    private const int TailLines = 20;

    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly LineReader _stdout;
    private readonly StderrTail _stderr;
    private readonly TimeSpan _timeout;
    private readonly TextWriter? _transcript;

    private ProtocolSession(Process process, TimeSpan timeout, int maxLineBytes, TextWriter? transcript)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        _stdout = new LineReader(process.StandardOutput.BaseStream, maxLineBytes);
        _stderr = new StderrTail(process.StandardError.BaseStream);
        _timeout = timeout;
        _transcript = transcript;
    }

    /// <summary>The child's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts <paramref name="argv"/>; a program that cannot be started is <c>crashed</c>.</summary>
    public static ProtocolSession Start(IReadOnlyList<string> argv, TimeSpan timeout, int maxLineBytes, TextWriter? transcript)
    {
        var info = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            CreateNoWindow = true,
        };
        foreach (string a in argv.Skip(1))
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["PYTHONUNBUFFERED"] = "1";
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        try
        {
            var process = Process.Start(info) ?? throw new SolverProtocolException(SolverProtocolException.Crashed, $"could not start '{argv[0]}'");
            return new ProtocolSession(process, timeout, maxLineBytes, transcript);
        }
        catch (Win32Exception e)
        {
            throw new SolverProtocolException(SolverProtocolException.Crashed, $"could not start '{argv[0]}': {e.Message}");
        }
    }

    /// <summary>
    /// The next line, parsed; at the end of the child's stdout, <c>crashed</c> with its exit status and stderr tail; after
    /// the timeout, <c>timeout</c>; a bad line, <c>protocol-error</c> (told to the child first). The child is killed before
    /// any of these is thrown.
    /// </summary>
    public ProtocolRequest Receive(int dimension, int maxBatch, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte>? line;
        try
        {
            line = _stdout.ReadLine(_timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new SolverProtocolException(
                SolverProtocolException.Timeout,
                string.Create(CultureInfo.InvariantCulture, $"the solver sent no line within {_timeout.TotalSeconds:0.###} s"),
                _stderr.Tail(TailLines, TimeSpan.FromSeconds(1)));
        }
        catch (SolverProtocolException e)
        {
            throw Fail(e.Message);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }

        if (line is null)
        {
            throw Crashed("closed its stdout");
        }

        _transcript?.WriteLine("< " + Encoding.UTF8.GetString(line.Value.Span));
        try
        {
            return ProtocolRequest.Parse(line.Value, dimension, maxBatch);
        }
        catch (SolverProtocolException e)
        {
            throw Fail(e.Message);
        }
    }

    /// <summary>Writes one line (with its '\n') to the child; a child that does not read it within the timeout is <c>timeout</c>, one that is gone is <c>crashed</c>.</summary>
    public void Send(ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        _transcript?.WriteLine("> " + Encoding.UTF8.GetString(line.Span[..^1]));
        try
        {
            var write = Write(line);
            if (!write.Wait(_timeout, cancellationToken))
            {
                _ = write.ContinueWith(static t => t.Exception, TaskScheduler.Default);
                Kill();
                throw new SolverProtocolException(SolverProtocolException.Timeout, "the solver did not read its input within the timeout", _stderr.Tail(TailLines, TimeSpan.FromSeconds(1)));
            }
        }
        catch (AggregateException e) when (e.InnerException is IOException)
        {
            throw Crashed("closed its stdin");
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
    }

    /// <summary>Writes a line without caring whether the child reads it (used just before the child is killed).</summary>
    public void TrySend(ReadOnlyMemory<byte> line)
    {
        _transcript?.WriteLine("> " + Encoding.UTF8.GetString(line.Span[..^1]));
        try
        {
            var write = Write(line);
            _ = write.Wait(TimeSpan.FromSeconds(1));
            _ = write.ContinueWith(static t => t.Exception, TaskScheduler.Default);
        }
        catch (AggregateException)
        {
            // The child is being killed anyway.
        }
    }

    /// <summary>The child ended before <c>done</c>: waits for its exit status (5 s), kills what is left, and returns <c>crashed</c> with the stderr tail.</summary>
    private SolverProtocolException Crashed(string otherwise)
    {
        bool exited = _process.WaitForExit(TimeSpan.FromSeconds(5));
        string status = exited ? string.Create(CultureInfo.InvariantCulture, $"exited with status {_process.ExitCode}") : otherwise;
        Kill();
        return new SolverProtocolException(SolverProtocolException.Crashed, $"the solver {status} before 'done'", _stderr.Tail(TailLines, TimeSpan.FromSeconds(2)));
    }

    private Task Write(ReadOnlyMemory<byte> line) => Task.Run(
        async () =>
        {
            await _stdin.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
            await _stdin.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        },
        CancellationToken.None);

    /// <summary>A protocol error: tells the child why, kills it, and returns the exception to throw.</summary>
    public SolverProtocolException Fail(string message)
    {
        var writer = new ProtocolWriter();
        writer.Begin("error");
        writer.Json.WriteString("outcome", SolverProtocolException.ProtocolError);
        writer.Json.WriteString("message", message);
        TrySend(writer.End());
        Kill();
        return new SolverProtocolException(SolverProtocolException.ProtocolError, message, _stderr.Tail(TailLines, TimeSpan.FromSeconds(1)));
    }

    /// <summary>After <c>done</c>: closes the child's stdin and gives it <paramref name="grace"/> to exit before it is killed.</summary>
    public void Close(TimeSpan grace)
    {
        try
        {
            _stdin.Close();
        }
        catch (IOException)
        {
            // Already gone.
        }

        if (!_process.WaitForExit(grace))
        {
            Kill();
        }
    }

    /// <summary>Kills the child and everything it started, and waits for it.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // It exited in between.
        }
        catch (Win32Exception)
        {
            // It could not be signalled: it is gone or not ours.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        try
        {
            _stdin.Dispose();
        }
        catch (IOException)
        {
            // The pipe broke with the child.
        }

        _process.Dispose();
    }
}
