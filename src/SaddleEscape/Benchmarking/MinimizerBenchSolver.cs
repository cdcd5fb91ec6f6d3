using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// A catalogue optimiser as a SaddleBench solver: <see cref="Minimizer.Run"/> on the task's oracle with the instance's
/// hints (suggested step, ρ), the optimiser's own default stopping rule at ε = <see cref="BenchTask.GradientTolerance"/>
/// (an (ε, √(ρε)) point for the methods that escape saddles, ‖grad f‖ ≤ ε for the others), no iteration cap (the budget
/// ends it) and no certificate of its own. Whatever the loop evaluates — monitoring, the stopping rule's Lanczos — goes
/// through the task's oracle and is charged: it is what the method needs to decide to stop.
/// </summary>
/// <param name="name">Solver name.</param>
/// <param name="description">Its settings in one line.</param>
/// <param name="create">Builds a fresh optimiser for a run.</param>
/// <param name="hints">The instance's hints.</param>
/// <param name="stop">A stopping rule instead of the optimiser's default (null: the default at ε = the task's tolerance).</param>
public sealed class MinimizerBenchSolver(string name, string description, Func<Optimizer> create, OptimizerHints hints, StoppingRule? stop = null) : IBenchSolver
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public string Description { get; } = description;

    /// <inheritdoc />
    public BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var result = Minimizer.Run(task.Oracle, task.Manifold, create(), task.Start, new MinimizerOptions
        {
            MaxIterations = long.MaxValue,
            Stop = stop,
            Tolerance = task.GradientTolerance,
            Hints = hints,
            Seed = task.Seed,
            Certificate = null,
            Cancellation = cancellationToken,
            TraceMaxRows = 16,
        });
        cancellationToken.ThrowIfCancellationRequested();
        bool claims = result.StopReason.Code is StopCode.GradientTolerance or StopCode.SecondOrderStationary or StopCode.OptimizerFinished or StopCode.AllOf;
        return new BenchSolverClaim(result.X, claims, result.StopReason.Name);
    }
}
