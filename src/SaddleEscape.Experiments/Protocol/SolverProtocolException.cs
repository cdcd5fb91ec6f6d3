using SaddleEscape.Benchmarking;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// A run of a solver in a child process that ended without a valid <c>done</c>: the harness records <see cref="SolverFailedException.Outcome"/>
/// as the run's outcome (docs/protocol.md, "Outcomes") and goes on with the next run. The child is gone when this is thrown.
/// </summary>
public sealed class SolverProtocolException : SolverFailedException
{
    /// <summary>The child broke the protocol: a line that is not JSON, an unknown request, a vector of the wrong length, a number that is not finite, a line too long.</summary>
    public const string ProtocolError = "protocol-error";

    /// <summary>The child sent no line within the stated time.</summary>
    public const string Timeout = "timeout";

    /// <summary>The child exited (or closed its stdout, or could not be started) before sending <c>done</c>.</summary>
    public const string Crashed = "crashed";

    /// <summary>A failure with its outcome (one of the constants of this class) and a one-line message.</summary>
    public SolverProtocolException(string outcome, string message, string? stderrTail = null)
        : base(outcome, message, stderrTail)
    {
    }

    /// <summary>A protocol error with a message.</summary>
    public SolverProtocolException()
        : this(ProtocolError, "the solver broke the protocol")
    {
    }

    /// <summary>A protocol error with a message.</summary>
    public SolverProtocolException(string message)
        : this(ProtocolError, message)
    {
    }

    /// <summary>A protocol error with a message and an inner exception.</summary>
    public SolverProtocolException(string message, Exception innerException)
        : base(ProtocolError, message, null, innerException)
    {
    }

    /// <summary>The last lines the child wrote to its stderr (empty when it wrote none); the <see cref="SolverFailedException.Detail"/>.</summary>
    public string StderrTail => Detail;
}
