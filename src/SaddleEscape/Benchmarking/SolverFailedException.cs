namespace SaddleEscape.Benchmarking;

/// <summary>
/// A solver run that ended without a claim for a reason the solver's host can name (e.g. the ask/tell bridge's
/// <c>protocol-error</c>, <c>timeout</c>, <c>crashed</c>): the harness records <see cref="Outcome"/> as the run's outcome
/// and <see cref="Exception.Message"/> (with <see cref="Detail"/>) as its detail, and goes on with the next run.
/// </summary>
public class SolverFailedException : Exception
{
    /// <summary>A failure with its kebab-case outcome, a one-line message and optional detail (e.g. the solver's stderr tail).</summary>
    public SolverFailedException(string outcome, string message, string? detail = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        Outcome = outcome;
        Detail = detail ?? string.Empty;
    }

    /// <summary>A failure with the outcome <c>error</c>.</summary>
    public SolverFailedException()
        : this(BenchOutcomes.Error, "the solver failed")
    {
    }

    /// <summary>A failure with the outcome <c>error</c> and a message.</summary>
    public SolverFailedException(string message)
        : this(BenchOutcomes.Error, message)
    {
    }

    /// <summary>A failure with the outcome <c>error</c>, a message and an inner exception.</summary>
    public SolverFailedException(string message, Exception innerException)
        : this(BenchOutcomes.Error, message, null, innerException)
    {
    }

    /// <summary>The run's outcome, kebab-case.</summary>
    public string Outcome { get; }

    /// <summary>More on the failure (empty when there is none).</summary>
    public string Detail { get; }
}
