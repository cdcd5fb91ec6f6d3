namespace SaddleEscape.Benchmarking;

/// <summary>
/// A solver SaddleBench can measure: one class, in-process (a C# solver) or a bridge to a child process (the ask/tell
/// protocol). It sees the problem only through <see cref="BenchTask.Oracle"/>, which the harness owns: every call is
/// counted and every point is watched by the harness, whatever the solver reports, and when the budget is spent the
/// oracle throws <see cref="BudgetExhaustedException"/>, which a solver must let pass.
/// </summary>
public interface IBenchSolver
{
    /// <summary>The solver's name in reports (kebab-case, e.g. <c>pgd</c>, <c>lbfgs</c>, <c>scipy-trust-ncg</c>).</summary>
    string Name { get; }

    /// <summary>One line: the method, its settings or the command that runs it.</summary>
    string Description { get; }

    /// <summary>
    /// Minimises <paramref name="task"/> from <see cref="BenchTask.Start"/> and returns the point it ends at and whether
    /// it claims convergence there (the harness certifies that claim; a rejected claim is a false success).
    /// </summary>
    BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken);
}
