using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Everything an optimiser's step reads and writes: the iterate x_t (overwritten in place with
/// x_{t+1}), f and the Riemannian gradient at x_t when the minimiser evaluated them, the oracle,
/// the manifold, the run's single source of randomness, and the events of the current step.
/// Owned and driven by <see cref="Minimization.Minimizer"/>; optimisers keep their own algorithmic state.
/// </summary>
public sealed class OptimizationState
{
    private readonly List<OptimizerEvent> _events;

    internal OptimizationState(Oracle oracle, IManifold manifold, double[] x, Random random, List<OptimizerEvent> events)
    {
        Oracle = oracle;
        Manifold = manifold;
        X = x;
        Random = random;
        Gradient = new double[x.Length];
        _events = events;
    }

    /// <summary>What the problem knows for settings left "auto" (step size, ρ); <see cref="OptimizerHints.None"/> when nothing.</summary>
    public OptimizerHints Hints { get; internal set; } = OptimizerHints.None;

    /// <summary>Counting access to the objective.</summary>
    public Oracle Oracle { get; }

    /// <summary>The manifold the run is on.</summary>
    public IManifold Manifold { get; }

    /// <summary>The run's random source: every random draw of a run comes from it.</summary>
    public Random Random { get; }

    /// <summary>The iterate x_t; a step overwrites it with x_{t+1}.</summary>
    public double[] X { get; }

    /// <summary>Riemannian gradient at x_t (valid when <see cref="HasGradient"/>).</summary>
    public double[] Gradient { get; }

    /// <summary>f(x_t) (valid when <see cref="HasGradient"/>).</summary>
    public double Value { get; internal set; } = double.NaN;

    /// <summary>‖grad f(x_t)‖ (valid when <see cref="HasGradient"/>).</summary>
    public double GradientNorm { get; internal set; } = double.NaN;

    /// <summary>True when <see cref="Value"/> and <see cref="Gradient"/> are those of the current x_t.</summary>
    public bool HasGradient { get; internal set; }

    /// <summary>t, the number of steps taken before this one.</summary>
    public long Iteration { get; internal set; }

    /// <summary>Set by an optimiser that has finished by its own rule: its kebab-case name (e.g. "pgd-returned-x-tilde").</summary>
    public string? FinishReason { get; private set; }

    /// <summary>One sentence on why the optimiser finished, or null.</summary>
    public string? FinishDetail { get; private set; }

    /// <summary>Records an event of the current step.</summary>
    public void Record(EventKind kind, double valueChange = double.NaN) =>
        _events.Add(new OptimizerEvent(Iteration, kind, valueChange));

    /// <summary>
    /// Ends the run by the optimiser's own rule, with <paramref name="result"/> as the final point
    /// (copied into <see cref="X"/>): <paramref name="reason"/> is a kebab-case name (what <c>summary.json</c>'s
    /// <c>stop_reason</c> holds), <paramref name="detail"/> an optional sentence with the numbers.
    /// </summary>
    public void Finish(string reason, ReadOnlySpan<double> result, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!IsKebabCase(reason))
        {
            throw new ArgumentException($"a finish reason is a kebab-case name (got '{reason}'); put sentences in the detail", nameof(reason));
        }

        result.CopyTo(X);
        FinishReason = reason;
        FinishDetail = detail;
    }

    /// <summary>True for lower-case words of letters and digits joined by single hyphens ("pgd-returned-x-tilde").</summary>
    public static bool IsKebabCase(string name) =>
        !string.IsNullOrEmpty(name) && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal)
        && name.All(c => c == '-' || char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));

    /// <summary>f(at) and the Riemannian gradient at <paramref name="at"/> (a counted full gradient).</summary>
    public double EvaluateGradient(ReadOnlySpan<double> at, Span<double> riemannianGradient)
    {
        double value = Oracle.ValueAndGradient(at, riemannianGradient);
        Manifold.ProjectToTangent(at, riemannianGradient, riemannianGradient);
        return value;
    }

    /// <summary>A mini-batch stochastic gradient at <paramref name="at"/>, projected onto the tangent space.</summary>
    public double EvaluateStochasticGradient(ReadOnlySpan<double> at, Span<double> riemannianGradient, int batchSize)
    {
        double value = Oracle.StochasticGradient(at, riemannianGradient, batchSize, Random);
        Manifold.ProjectToTangent(at, riemannianGradient, riemannianGradient);
        return value;
    }

    /// <summary>x ← R_x(scale·direction), the retraction of a (tangent) step.</summary>
    public void StepAlong(ReadOnlySpan<double> direction, double scale, Span<double> work)
    {
        if (Manifold is Euclidean)
        {
            // x + scale·direction in one pass; the same rounding as Multiply then Add (no fused multiply-add).
            LoopKernels.MultiplyAdd(direction, scale, X, X);
            return;
        }

        LoopKernels.Multiply(direction, scale, work);
        Manifold.Retract(X, work, X);
    }
}
