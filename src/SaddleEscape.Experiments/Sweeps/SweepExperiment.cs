using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Standalone;
using SaddleEscape.Minimization;

namespace SaddleEscape.Experiments.Sweeps;

/// <summary>
/// A general sweep as an experiment: the grid of a <see cref="SweepSpec"/> as independent <c>saddle run</c> jobs,
/// through the same results store, shards and collection as the papers' experiments, with a generic report: per
/// cell, the fraction that ended <c>local-min</c>, median iterations and gradient evaluations (non-converged runs
/// censored), median recovery error, and a plot of the chosen metric against the chosen axis.
/// </summary>
/// <param name="spec">The sweep.</param>
public sealed class SweepExperiment(SweepSpec spec) : Experiment<SweepSpec, SweepJob, SweepRecord, SweepSummary>
{
    /// <inheritdoc />
    public override string Name => $"sweep-{spec.Name}";

    /// <inheritdoc />
    public override string Title => spec.Description.Length > 0 ? spec.Description : $"Sweep {spec.Name}";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override SweepSpec Settings(ExperimentRequest request) => spec;

    /// <inheritdoc />
    protected override string DirectoryOf(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Output;
    }

    /// <inheritdoc />
    public override IReadOnlyList<SweepJob> Jobs(SweepSpec settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int?[] dims = settings.Dimensions.Count == 0 ? [null] : settings.Dimensions.Select(d => (int?)d).ToArray();
        var jobs = (from problem in settings.Problems
                    from set in problem.Combinations()
                    from optimizer in settings.Optimizers
                    from opt in optimizer.Combinations()
                    from d in dims
                    from seed in settings.Seeds
                    select new SweepJob(problem.Name, d, set, optimizer.Name, opt, seed, settings.MaxIterations, settings.GradientTolerance,
                        settings.TargetGap, settings.TargetValue, settings.MaxGradients, settings.CertificateGradientTolerance, settings.CertificateEigenvalueTolerance)).ToList();
        // Check every cell once before anything runs: unknown names, bad parameters and impossible targets fail here, in one line.
        foreach (var cell in jobs.GroupBy(j => j.Cell))
        {
            SingleRun.Prepare(Specification(cell.First()));
        }

        return jobs;
    }

    /// <inheritdoc />
    protected override string PartOf(SweepJob job) => job.Optimizer;

    /// <summary>
    /// A run's cost: its iteration cap times the work of one iteration — a gradient of its problem
    /// (<see cref="Problems.ProblemFootprint"/>) plus the loop's own overhead, worth about <see cref="IterationOverhead"/> units.
    /// </summary>
    protected override double WeightOf(SweepJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var definition = ProblemCatalog.Get(job.Problem);
        int d = job.Dimension ?? definition.DefaultDimension;
        return (job.MaxIterations + 1) * (definition.Footprint(d, definition.ParseSettings(job.Set)).GradientWork + IterationOverhead);
    }

    /// <summary>
    /// Seconds per unit of <see cref="WeightOf"/>: GD on the octopus at d = 5 and 10 took ≈ 0.75 µs an iteration on the
    /// 2-core reference machine under load (Release), ≈ 255 units at 3 ns. Runs that converge early take less.
    /// </summary>
    protected override double? EstimatedSecondsPerWeight => 3e-9;

    private const double IterationOverhead = 250;

    /// <inheritdoc />
    protected override string EstimateBasis => "at most, from the iteration caps and the problems' sizes";

    /// <inheritdoc />
    protected override string LabelOf(SweepJob job) => $"{job.Optimizer} on {job.Problem}";

    /// <inheritdoc />
    public override SweepRecord Run(SweepJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var run = SingleRun.Prepare(Specification(job));
        var (result, s) = SingleRun.Execute(run, cancellation: context?.Cancellation ?? default);
        bool converged = result.StopReason.Code is StopCode.TargetValue or StopCode.GradientTolerance or StopCode.SecondOrderStationary or StopCode.OptimizerFinished or StopCode.AllOf;
        return new SweepRecord(s.Dim, s.Iterations, s.GradientEvaluations, s.HvpEvaluations, s.FinalValue, s.FinalGradNorm, s.LambdaMin, s.Classification,
            s.RecoveryError, s.StopReason, converged, s.Perturbations, s.Escapes, s.WallSeconds);
    }

    /// <inheritdoc />
    public override SweepSummary Analyze(SweepSpec settings, IReadOnlyList<JobResult<SweepJob, SweepRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var (metric, censored) = SweepMetric.All[settings.Metric];
        var cells = results.GroupBy(r => r.Job.Cell).Select(g =>
        {
            var runs = g.Select(r => r.Record).ToList();
            long? Censor(SweepRecord r, long value) => r.Converged ? value : null;
            var metricValues = runs.Select(r => censored && !r.Converged ? double.PositiveInfinity : metric(r)).ToList();
            return new SweepCell(g.First().Job, runs.Count,
                Statistics.Fraction(runs, r => r.Classification == "local-min"),
                runs.Count(r => r.Converged),
                Statistics.CensoredMedian(runs.Select(r => Censor(r, r.Iterations))),
                Statistics.CensoredMedian(runs.Select(r => Censor(r, r.GradientEvaluations))),
                Statistics.Median(runs.Where(r => r.RecoveryError is not null).Select(r => r.RecoveryError!.Value)),
                Statistics.Median(metricValues), Statistics.Quantile(metricValues, 0.25), Statistics.Quantile(metricValues, 0.75));
        }).ToList();
        return new SweepSummary(settings, results.Select(r => (r.Job, r.Record)).ToList(), cells);
    }

    /// <inheritdoc />
    public override string Report(SweepSummary summary, ReportContext context) => SweepReport.Write(summary, context);

    private static RunSpecification Specification(SweepJob job) => new(
        job.Problem, job.Dimension, job.Set, job.Optimizer, job.Opt, job.Seed, job.MaxIterations, job.GradientTolerance, job.TargetValue, job.TargetGap,
        job.MaxGradients, null, job.CertificateGradientTolerance, job.CertificateEigenvalueTolerance);
}
