using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.EscapeTime;

/// <summary>
/// Escape time against dimension on Du et al. 2017's octopus for first-order methods (GD, noisy SGD, PGD, PAGD) and
/// methods that use curvature (cubic regularisation, saddle-free Newton, negative-curvature descent with a Lanczos or a
/// first-order oracle): iterations, gradients and HVPs until f − f* ≤ tolerance. GD is also run with an extended
/// exponent (<see cref="OctopusExtendedRangeDescent"/>), so that its exponential growth (Du et al. 2017, Thm. 4.1) is
/// measured past the d = 4 where double precision stalls it.
/// </summary>
public sealed class EscapeTimeExperiment : Experiment<EscapeTimeSettings, EscapeTimeJob, EscapeTimeRecord, EscapeTimeSummary>
{
    /// <inheritdoc />
    public override string Name => "escape-time";

    /// <inheritdoc />
    public override string Title => "Escape time against dimension on the octopus: first-order methods, curvature-using methods, and GD with an extended exponent";

    /// <inheritdoc />
    /// <remarks>2: a job holds its optimiser as a typed settings record (<see cref="OptimizerChoice"/>), not key=value text.</remarks>
    public override int Version => 2;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(EscapeTimeSettings.Full, EscapeTimeSettings.Quick);

    /// <inheritdoc />
    public override EscapeTimeSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithOverrides(request, (request.Quick ? EscapeTimeSettings.Quick : EscapeTimeSettings.Full) with { BaseSeed = request.Seed });
    }

    /// <inheritdoc />
    public override IReadOnlyList<EscapeTimeJob> Jobs(EscapeTimeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (from method in EscapeTimeSettings.Methods
                from d in settings.Dimensions
                where settings.Runs(method, d)
                from s in Enumerable.Range(0, settings.Seeds)
                select new EscapeTimeJob(method.Label, method.Optimizer, method.ExtendedRange, d, settings.BaseSeed + s, settings.CapOf(method), settings.Tolerance)).ToList();
    }

    /// <inheritdoc />
    protected override string PartOf(EscapeTimeJob job) => job.Label;

    /// <inheritdoc />
    protected override string LabelOf(EscapeTimeJob job) => $"{job.Label} d={job.Dimension}";

    /// <inheritdoc />
    protected override double WeightOf(EscapeTimeJob job) => job.ExtendedRange ? Math.Max(1, Math.Pow(5, job.Dimension - 5)) : 1;

    /// <inheritdoc />
    public override EscapeTimeRecord Run(EscapeTimeJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var problem = ProblemCatalog.Get("octopus").Create(job.Dimension, [], job.Seed);
        var instance = problem.Instance;
        var octopus = (OctopusFunction)instance.Objective;
        double fStar = instance.Truth!.GlobalMinimum!.Value;
        var optimizer = job.Optimizer.Create(problem);
        var cancellation = context?.Cancellation ?? default;
        if (job.ExtendedRange)
        {
            double stepSize = ((GradientDescent)optimizer).StepSize;
            var r = OctopusExtendedRangeDescent.Run(octopus, instance.Start, stepSize, job.MaxIterations, fStar + job.Tolerance, cancellation);
            string stop = r.LeftDomain ? StopReason.Of(StopCode.LeftDomain, r.IterationsRun).Name
                : r.Iterations is not null ? StopReason.Of(StopCode.TargetValue, r.IterationsRun).Name : StopReason.Of(StopCode.MaxIterations, r.IterationsRun).Name;
            // As the minimiser counts: one gradient at every iterate up to and including the last.
            return new EscapeTimeRecord(job.Label, job.Dimension, job.Seed, r.Iterations, r.IterationsRun + 1, 0, stop, r.FinalValue - fStar, false, r.SmallestLog2Magnitude);
        }

        var run = OctopusTargetRun.Execute(problem.Instance, optimizer, job.Seed, job.MaxIterations, job.Tolerance, cancellation);
        var result = run.Result;
        return new EscapeTimeRecord(job.Label, job.Dimension, job.Seed, run.Reached ? result.Iterations : null, result.Counts.GradientEquivalents,
            result.Counts.HessianVectorProducts, result.StopReason.Name, result.FinalValue - fStar, run.StuckAtUnderflow, double.NaN, result.Counts.Values);
    }

    /// <inheritdoc />
    public override EscapeTimeSummary Analyze(EscapeTimeSettings settings, IReadOnlyList<JobResult<EscapeTimeJob, EscapeTimeRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var runs = results.Select(r => r.Record).ToList();
        var cells = EscapeTimeAnalysis.Cells(settings, runs);
        var growth = EscapeTimeSettings.Methods.Select(m => EscapeTimeAnalysis.Growth(m.Label, cells)).OfType<EscapeTimeGrowth>().ToList();
        int from = settings.Dimensions.Contains(4) ? 4 : settings.Dimensions.Min();
        int to = settings.Dimensions.Contains(10) ? 10 : settings.Dimensions.Max();
        var pairs = (from plain in runs.Where(r => r.Label == "gd" && r.Iterations is not null)
                     join extended in runs.Where(r => r.Label == EscapeTimeSettings.ExtendedGd && r.Iterations is not null)
                         on (plain.Dimension, plain.Seed) equals (extended.Dimension, extended.Seed)
                     select plain.Iterations == extended.Iterations).ToList();
        double smallest = runs.Where(r => r.Label == EscapeTimeSettings.ExtendedGd).Select(r => r.SmallestLog2Magnitude).DefaultIfEmpty(double.NaN).Min();
        var summary = new EscapeTimeSummary(settings, runs, cells, growth, from, to, (pairs.Count(same => same), pairs.Count), smallest, []);
        return summary with { Verdicts = EscapeTimeVerdicts.Decide(summary) };
    }

    /// <inheritdoc />
    public override string Report(EscapeTimeSummary summary, ReportContext context) => EscapeTimeReport.Write(summary, context);

}
