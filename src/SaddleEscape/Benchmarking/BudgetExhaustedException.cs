namespace SaddleEscape.Benchmarking;

/// <summary>
/// Thrown by the harness's oracle at the first call past a run's budget; it ends the run with the outcome
/// <c>budget-exhausted</c>. A solver must not catch it (or must rethrow it).
/// </summary>
public sealed class BudgetExhaustedException : Exception
{
    /// <summary>A budget of <paramref name="budget"/> gradient-equivalents was spent.</summary>
    public BudgetExhaustedException(long budget)
        : base($"the budget of {budget} gradient-equivalents is spent") => Budget = budget;

    /// <summary>An exception with a message.</summary>
    public BudgetExhaustedException()
        : base("the budget is spent")
    {
    }

    /// <summary>An exception with a message.</summary>
    public BudgetExhaustedException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and an inner exception.</summary>
    public BudgetExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The budget that was spent, in gradient-equivalents.</summary>
    public long Budget { get; }
}
