using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using System.Globalization;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>
/// <c>saddle run</c>'s work, shared with sweeps: build the problem and optimiser from the catalogue, run the one
/// loop with the requested stopping rules, certify the end point, and summarise it in the <c>summary.json</c> form.
/// </summary>
public static class SingleRun
{
    /// <summary>The classification written when the certificate was switched off at a point whose gradient is below the tolerance.</summary>
    public const string NotCertified = "not-certified";

    private const double MinSeconds = 1e-6;
    private const double MaxSeconds = 9e11;

    /// <summary>Builds and checks everything <paramref name="spec"/> asks for; one clear <see cref="ArgumentException"/> on bad input.</summary>
    public static PreparedRun Prepare(RunSpecification spec, string? initFile = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var definition = ProblemCatalog.Get(spec.Problem);
        var optimizerDefinition = OptimizerCatalog.Get(spec.Optimizer);
        int dimension = spec.Dimension ?? definition.DefaultDimension;
        var problem = definition.Create(dimension, spec.Set, spec.Seed);
        var instance = problem.Instance;
        var start = initFile is null ? instance.Start : InitialPointReader.Read(initFile, instance.Objective.Dimension);
        var options = optimizerDefinition.Parse(spec.Opt, problem);
        var optimizer = optimizerDefinition.Factory(options.Settings, options.Given, problem);
        var stop = BuildStop(spec, optimizer, instance.Truth?.GlobalMinimum);
        var certificate = new CertificateOptions(spec.CertificateGradientTolerance, spec.CertificateEigenvalueTolerance)
        {
            Mode = spec.Certificate,
            Symmetry = instance.ContinuousSymmetry,
            KnownMinimum = instance.Truth?.GlobalMinimum,
        }.Validate();
        int monitorEvery = spec.MonitorEvery ?? (instance.Stochastic is null ? 1 : (int)Math.Clamp(spec.MaxIterations / 500, 1, int.MaxValue));
        if (monitorEvery < 1)
        {
            throw new ArgumentException($"--monitor-every must be ≥ 1 (got {monitorEvery})");
        }

        return new PreparedRun(spec, problem, optimizer, options.Effective, options.RecommendedAndUsed, start, initFile ?? "problem default (seeded)", stop, certificate, monitorEvery);
    }

    /// <summary>
    /// Runs <paramref name="run"/>. <paramref name="progress"/> sees two pieces of work: the iterations (with f, ‖∇f‖ and
    /// escapes), then the certificate's Lanczos steps.
    /// </summary>
    public static (MinimizationResult Result, RunSummary Summary) Execute(PreparedRun run, IProgressSink? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var spec = run.Specification;
        var instance = run.Problem.Instance;
        bool certifying = false;
        progress?.Start($"{spec.Optimizer} on {spec.Problem} (d = {run.Dimension})", Math.Max(spec.MaxIterations, 1));
        try
        {
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, run.Optimizer, run.Start, new MinimizerOptions
            {
                Seed = spec.Seed,
                Stop = run.Stop,
                Certificate = progress is null ? run.Certificate : run.Certificate with
                {
                    Progress = (step, limit) =>
                    {
                        if (!certifying)
                        {
                            certifying = true;
                            progress.Finish();
                            progress.Start($"certificate ({run.Certificate.Mode.Name()}): Lanczos on HVPs, at most {limit} steps", limit);
                        }

                        progress.Report(step, $"step {step}/{limit}");
                    },
                },
                MonitorEvery = run.MonitorEvery,
                ProgressEvery = (int)Math.Clamp(spec.MaxIterations / 200, 1, 10_000),
                Progress = progress is null ? null : p => progress.Report(p.Iteration, string.Create(CultureInfo.InvariantCulture, $"f = {p.Value:G6}, ‖∇f‖ = {p.GradientNorm:E2}, escapes {p.Escapes}")),
                Cancellation = cancellation,
            });
            return (result, Summarize(run, result));
        }
        finally
        {
            progress?.Finish();
        }
    }

    /// <summary>Writes summary.json, trace.csv, trace.png, point.json and (when the certificate found negative curvature) escape-direction.json into <paramref name="directory"/>.</summary>
    public static RunSummary WriteOutputs(string directory, PreparedRun run, MinimizationResult result, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        Directory.CreateDirectory(directory);
        RunOutput.WritePoint(Path.Combine(directory, "point.json"), result.X);
        summary = summary with { PointFile = "point.json" };
        if (result.Certificate is { LambdaMin: < 0 } cert && cert.Classification is Classification.StrictSaddle or Classification.Degenerate or Classification.NotStationary
            && cert.LambdaMin < -cert.EigenvalueTolerance)
        {
            RunOutput.WritePoint(Path.Combine(directory, "escape-direction.json"), cert.NegativeCurvatureDirection);
            summary = summary with { EscapeDirectionFile = "escape-direction.json" };
        }

        RunOutput.WriteSummary(Path.Combine(directory, "summary.json"), summary);
        RunOutput.WriteTraceCsv(Path.Combine(directory, "trace.csv"), result.Trace);
        TracePlot.Save(Path.Combine(directory, "trace.png"), $"{summary.Optimizer} on {summary.Problem}, d = {summary.Dim}, seed {summary.Seed}", result.Trace, run.Problem.Instance.Truth?.GlobalMinimum);
        return summary;
    }

    private static StoppingRule BuildStop(RunSpecification spec, Optimizer optimizer, double? globalMinimum)
    {
        if (spec.MaxIterations < 0)
        {
            throw new ArgumentException($"--max-iters must be ≥ 0 (got {spec.MaxIterations})");
        }

        if (!(spec.GradientTolerance >= 0))
        {
            throw new ArgumentException(FormattableString.Invariant($"--grad-tol must be ≥ 0 (got {spec.GradientTolerance})"));
        }

        // A method built to escape saddles reaches tiny gradients at every saddle it is about to escape (at an exact
        // saddle, before its first step): for it the gradient tolerance only counts together with λ_min ≥ −cert-eig-tol.
        var stop = StoppingRule.AfterIterations(spec.MaxIterations) | (optimizer.EscapesSaddles
            ? StoppingRule.AtSecondOrderPoint(spec.GradientTolerance, spec.CertificateEigenvalueTolerance)
            : StoppingRule.WhenGradientNormBelow(spec.GradientTolerance));
        if (spec.TargetValue is { } target)
        {
            stop |= double.IsNaN(target) ? throw new ArgumentException("--target must be a number") : StoppingRule.WhenValueBelow(target);
        }

        if (spec.TargetGap is { } gap)
        {
            if (globalMinimum is not { } fStar)
            {
                throw new ArgumentException($"a target gap f − f* ≤ {gap.ToString(CultureInfo.InvariantCulture)} needs a known f*; problem {spec.Problem} (with these settings) has none");
            }

            stop |= gap > 0 ? StoppingRule.WhenValueBelow(fStar + gap) : throw new ArgumentException(FormattableString.Invariant($"target gap must be > 0 (got {gap})"));
        }

        if (spec.MaxGradients is { } grads)
        {
            stop |= grads >= 1 ? StoppingRule.GradientBudget(grads) : throw new ArgumentException($"--max-grads must be ≥ 1 (got {grads})");
        }

        if (spec.MaxSeconds is { } seconds)
        {
            // TimeSpan counts 100 ns ticks up to ≈ 29 000 years: outside that the limit cannot be kept.
            stop |= seconds >= MinSeconds && seconds <= MaxSeconds
                ? StoppingRule.AfterWallTime(TimeSpan.FromSeconds(seconds))
                : throw new ArgumentException(FormattableString.Invariant($"--max-seconds must be in [{MinSeconds}, {MaxSeconds:G3}] seconds (got {seconds})"));
        }

        return stop;
    }

    private static RunSummary Summarize(PreparedRun run, MinimizationResult result)
    {
        var spec = run.Specification;
        var instance = run.Problem.Instance;
        var cert = result.Certificate;
        return new RunSummary
        {
            Problem = spec.Problem,
            Optimizer = spec.Optimizer,
            Dim = run.Dimension,
            Parameters = instance.Objective.Dimension,
            Seed = spec.Seed,
            Iterations = result.Iterations,
            GradientEvaluations = result.Counts.GradientEquivalents,
            HvpEvaluations = result.Counts.HessianVectorProducts + result.CertificateHessianVectorProducts,
            FinalValue = RunOutput.Finite(result.FinalValue),
            FinalGradNorm = RunOutput.Finite(result.FinalGradientNorm),
            LambdaMin = cert is null ? null : RunOutput.Finite(cert.LambdaMin),
            Classification = cert is not null ? cert.Classification.Name()
                : (run.Certificate.Mode == CertificateMode.Off || result.CertificateSkipped is not null) && result.FinalGradientNorm <= run.Certificate.GradientTolerance ? NotCertified
                : Classification.NotStationary.Name(),
            Certificate = cert is null && result.CertificateSkipped is not null ? CertificateMode.Off.Name() : run.Certificate.Mode.Name(),
            CertificateNote = result.CertificateSkipped,
            CertificateStepLimit = cert?.StepLimit,
            CertificateLimitedByMemory = cert?.LimitedByMemory,
            Optimality = cert?.Optimality.Name(),
            OptimalityGap = cert?.OptimalityGap is { } gap ? RunOutput.Finite(gap) : null,
            Symmetry = cert?.SymmetryDescription,
            SymmetryDirections = cert?.ProjectedSymmetryDirections ?? 0,
            CertificateSummary = cert?.Describe(),
            Perturbations = result.Perturbations,
            Escapes = result.Escapes,
            RecoveryError = instance.Truth is { } truth && !result.Diverged ? RunOutput.Finite(truth.RecoveryError(result.X)) : null,
            WallSeconds = result.WallSeconds,
            StopReason = result.StopReason.Name,
            StopDetail = result.StopReason.Detail,
            LambdaMax = cert is null ? null : RunOutput.Finite(cert.LambdaMax),
            LambdaMinResidual = cert is null ? null : RunOutput.Finite(cert.LambdaMinResidual),
            GradientTolerance = cert?.GradientTolerance,
            EigenvalueTolerance = cert?.EigenvalueTolerance,
            LanczosSteps = cert?.LanczosSteps,
            ExactHessian = cert?.ExactHessian,
            CertificateHvpEvaluations = result.CertificateHessianVectorProducts,
            StochasticGradientEvaluations = result.Counts.StochasticGradients,
            SampleGradients = result.Counts.SampleGradients,
            FunctionEvaluations = result.Counts.Values,
            GlobalMinimum = instance.Truth?.GlobalMinimum,
            RecoveryErrorDefinition = instance.Truth?.RecoveryErrorDescription,
            Manifold = instance.Manifold.Name,
            OptimizerDescription = run.Optimizer.Describe(),
            ProblemSettings = run.Problem.Settings,
            OptimizerSettings = run.Optimizer.Settings,
            OptimizerOptions = run.OptimizerOptions,
            Start = run.StartDescription,
            Events = result.Events.Where(e => e.Kind != EventKind.Perturbation).Take(1000)
                .Select(e => new EventSummary(e.Iteration, e.Kind.Name(), RunOutput.Finite(e.ValueChange))).ToArray(),
        };
    }
}
