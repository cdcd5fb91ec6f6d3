using SaddleEscape.Objectives;

namespace SaddleEscape.Minimization;

/// <summary>A snapshot of a run, seen by stopping rules and progress callbacks before each step.</summary>
public sealed class MinimizerProgress
{
    private readonly Func<double> _lambdaMin;
    private readonly System.Diagnostics.Stopwatch _clock;

    internal MinimizerProgress(EvaluationCounts counts, Func<double> lambdaMin, double[] point, System.Diagnostics.Stopwatch clock)
    {
        Counts = counts;
        _lambdaMin = lambdaMin;
        Point = point;
        _clock = clock;
    }

    /// <summary>The live iterate x_t (the run's own buffer: read it, copy it, never write to it).</summary>
    public double[] Point { get; }

    /// <summary>t: steps taken so far.</summary>
    public long Iteration { get; internal set; }

    /// <summary>f(x_t), or NaN when this iteration was not monitored.</summary>
    public double Value { get; internal set; }

    /// <summary>‖grad f(x_t)‖, or NaN when this iteration was not monitored.</summary>
    public double GradientNorm { get; internal set; }

    /// <summary>True when <see cref="Value"/> and <see cref="GradientNorm"/> are known at this iteration.</summary>
    public bool Monitored { get; internal set; }

    /// <summary>Oracle calls charged to the algorithm so far.</summary>
    public EvaluationCounts Counts { get; }

    /// <summary>Wall time since the run started, read when asked (the loop does not read the clock on every iteration).</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Perturbations so far.</summary>
    public int Perturbations { get; internal set; }

    /// <summary>Successful escapes so far.</summary>
    public int Escapes { get; internal set; }

    /// <summary>λ_min of the Riemannian Hessian at x_t by Lanczos (costs HVPs, which are counted).</summary>
    public double EstimateLambdaMin() => _lambdaMin();
}
