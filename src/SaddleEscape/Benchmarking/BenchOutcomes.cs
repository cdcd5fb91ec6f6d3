namespace SaddleEscape.Benchmarking;

/// <summary>How a run ended (the <c>outcome</c> of a <see cref="BenchRecord"/>).</summary>
public static class BenchOutcomes
{
    /// <summary>The solver returned and claims convergence.</summary>
    public const string ConvergedClaim = "converged-claim";

    /// <summary>The solver returned without claiming convergence (its own iteration cap, a failed line search).</summary>
    public const string StoppedWithoutClaim = "stopped";

    /// <summary>The harness's oracle stopped the run at the budget.</summary>
    public const string BudgetExhausted = "budget-exhausted";

    /// <summary>The solver threw (the message is the record's detail).</summary>
    public const string Error = "error";
}
