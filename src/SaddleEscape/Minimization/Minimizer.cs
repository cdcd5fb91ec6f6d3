using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SaddleEscape.Minimization;

/// <summary>
/// The one minimisation loop: evaluates the iterate when the optimiser (or monitoring) needs it,
/// applies the stopping rule, detects divergence (NaN/Inf) and departures from a restricted
/// domain, records the trace and events, reports progress, honours cancellation, and ends every
/// run with a second-order certificate of the final point.
/// </summary>
public static class Minimizer
{
    /// <summary>Minimises through <paramref name="oracle"/> on <paramref name="manifold"/> with <paramref name="optimizer"/> from <paramref name="start"/>.</summary>
    public static MinimizationResult Run(Oracle oracle, IManifold manifold, Optimizer optimizer, ReadOnlySpan<double> start, MinimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= new MinimizerOptions();
        if (start.Length != oracle.Dimension || manifold.AmbientDimension != oracle.Dimension)
        {
            throw new ArgumentException($"start has length {start.Length}, objective dimension {oracle.Dimension}, manifold ambient dimension {manifold.AmbientDimension}: they must agree", nameof(start));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MonitorEvery, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProgressEvery, 1);

        var clock = Stopwatch.StartNew();
        var x = start.ToArray();
        manifold.ProjectToManifold(x);
        var events = new List<OptimizerEvent>();
        var state = new OptimizationState(oracle, manifold, x, new Random(options.Seed), events) { Hints = options.Hints };
        var stop = options.Stop ?? DefaultStopping.For(optimizer, options);
        var trace = new Trace(options.TraceMaxRows);
        var domain = oracle.Objective as IRestrictedDomain;
        var progress = new MinimizerProgress(oracle.Counts, () => EstimateLambdaMin(oracle, manifold, x), x, clock);
        optimizer.Initialize(state);
        stop.Reset();
        bool charged = optimizer.NeedsGradientAtIterate;

        StopReason? stopReason = null;
        long t = 0;
        for (; ; t++)
        {
            state.Iteration = t;
            state.HasGradient = false;
            bool monitored = charged || t % options.MonitorEvery == 0;
            if (!AllFinite(x))
            {
                stopReason = StopReason.Of(StopCode.Diverged, t, $"the iterate has a NaN or infinite coordinate at iteration {t}");
                break;
            }

            if (domain is not null && !domain.Contains(x))
            {
                stopReason = StopReason.Of(StopCode.LeftDomain, t, $"iteration {t} left the objective's domain ({domain.DomainDescription})");
                break;
            }

            if (monitored)
            {
                Evaluate(state, charged);
                if (!double.IsFinite(state.Value) || !double.IsFinite(state.GradientNorm))
                {
                    stopReason = StopReason.Of(StopCode.Diverged, t, string.Create(CultureInfo.InvariantCulture, $"f = {state.Value}, ‖grad f‖ = {state.GradientNorm} at iteration {t}"));
                    trace.Add(new TraceRow(t, state.Value, state.GradientNorm, ""));
                    break;
                }
            }

            progress.Iteration = t;
            progress.Value = monitored ? state.Value : double.NaN;
            progress.GradientNorm = monitored ? state.GradientNorm : double.NaN;
            progress.Monitored = monitored;
            if (options.Progress is not null && t % options.ProgressEvery == 0)
            {
                options.Progress(progress);
            }

            if (options.Cancellation.IsCancellationRequested)
            {
                stopReason = StopReason.Of(StopCode.Cancelled, t);
            }

            stopReason ??= stop.Check(progress);
            if (stopReason is not null)
            {
                trace.Add(new TraceRow(t, progress.Value, progress.GradientNorm, ""));
                break;
            }

            int before = events.Count;
            optimizer.Step(state);
            if (events.Count > before)
            {
                CountEvents(events, before, progress);
                trace.Add(new TraceRow(t, progress.Value, progress.GradientNorm, EventNames(events, before)));
            }
            else if (monitored && trace.Wants(t))
            {
                trace.Add(new TraceRow(t, progress.Value, progress.GradientNorm, ""));
            }

            if (state.FinishReason is not null)
            {
                stopReason = new StopReason(StopCode.OptimizerFinished, t, state.FinishReason, state.FinishDetail);
                t++;
                break;
            }
        }

        stopReason ??= StopReason.Of(StopCode.MaxIterations, t);
        bool diverged = stopReason.IsDivergence;
        double finalValue = double.NaN, finalGradNorm = double.NaN;
        Certificate? certificate = null;
        string? certificateSkipped = null;
        if (!diverged)
        {
            var gradient = new double[x.Length];
            finalValue = oracle.Objective.ValueAndGradient(x, gradient);
            manifold.ProjectToTangent(x, gradient, gradient);
            finalGradNorm = LoopKernels.Norm(gradient);
            if (state.FinishReason is not null)
            {
                trace.Add(new TraceRow(t, finalValue, finalGradNorm, ""));
            }

            if (options.Certificate is { Mode: not CertificateMode.Off } && double.IsFinite(finalValue) && double.IsFinite(finalGradNorm))
            {
                // A separate oracle, so that the certificate's HVPs are not charged to the algorithm.
                try
                {
                    certificate = SecondOrderCertificate.Compute(new Oracle(oracle.Objective), manifold, x, options.Certificate);
                }
                catch (InsufficientMemoryException e)
                {
                    certificateSkipped = e.Message;
                }
            }
        }
        else if (trace.Rows.Count == 0 || trace.Rows[^1].Iteration != t)
        {
            trace.Add(new TraceRow(t, state.HasGradient ? state.Value : double.NaN, state.HasGradient ? state.GradientNorm : double.NaN, ""));
        }

        return new MinimizationResult
        {
            X = x,
            Iterations = t,
            Counts = oracle.Counts,
            CertificateHessianVectorProducts = certificate?.HessianVectorProducts ?? 0,
            FinalValue = finalValue,
            FinalGradientNorm = finalGradNorm,
            StopReason = stopReason,
            Trace = trace,
            Events = events,
            Certificate = certificate,
            CertificateSkipped = certificateSkipped,
            WallSeconds = clock.Elapsed.TotalSeconds,
            OptimizerSettings = optimizer.Settings,
            OptimizerDescription = optimizer.Describe(),
            StoppingRule = stop.ToString() ?? "",
        };
    }

    internal static void Evaluate(OptimizationState state, bool charged)
    {
        double value = charged
            ? state.Oracle.ValueAndGradient(state.X, state.Gradient)
            : state.Oracle.Objective.ValueAndGradient(state.X, state.Gradient);
        state.Manifold.ProjectToTangent(state.X, state.Gradient, state.Gradient);
        state.Value = value;
        state.GradientNorm = LoopKernels.Norm(state.Gradient);
        state.HasGradient = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllFinite(double[] x) => double.IsFinite(LoopKernels.Sum(x)) || x.All(double.IsFinite);

    /// <summary>
    /// λ_min for the second-order stopping rules, by the certificate's Lanczos (the whole tangent space up to 400 dimensions,
    /// otherwise up to 300 steps until both extreme Ritz pairs have converged), reported as θ_min − residual so that an
    /// unconverged estimate errs towards "not yet stationary". A 60-step Lanczos, as before, could miss a negative eigenvalue
    /// close to a dense positive spectrum and stop a run at a saddle. Its HVPs go to a separate oracle, not to the algorithm.
    /// The basis is bounded by the certificate's default memory budget.
    /// </summary>
    private static double EstimateLambdaMin(Oracle oracle, IManifold manifold, double[] x)
    {
        var op = new RiemannianHessianOperator(new Oracle(oracle.Objective), manifold, x);
        var result = Lanczos.ExtremeEigenpairs(op, new LanczosOptions { MaxBasisBytes = CertificateOptions.DefaultMemoryBudget });
        return result.MinEigenvalue - (result.Exhausted ? 0 : result.MinResidual);
    }

    private static void CountEvents(List<OptimizerEvent> events, int from, MinimizerProgress progress)
    {
        for (int i = from; i < events.Count; i++)
        {
            if (events[i].Kind == EventKind.Perturbation)
            {
                progress.Perturbations++;
            }
            else if (events[i].Kind == EventKind.Escape)
            {
                progress.Escapes++;
            }
        }
    }

    private static string EventNames(List<OptimizerEvent> events, int from) =>
        events.Count - from == 1
            ? events[from].Kind.Name()
            : string.Join(';', events.Skip(from).Select(e => e.Kind.Name()));
}
