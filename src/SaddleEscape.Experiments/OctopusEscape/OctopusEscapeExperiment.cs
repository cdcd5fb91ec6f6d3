using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Minimization;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>
/// Du et al. 2017's experiment (Bruna 2018, lecture 10, "smooth counter-example"; Farrell &amp; Quintero Peña 2019,
/// §1.1): on the octopus with L = e, γ = 1, τ = e and starts uniform on [−1, 1]^d, count the iterations each method
/// needs to first come within the tolerance of f*. GD's count grows exponentially with d; the perturbed methods'
/// counts grow linearly (one escape per saddle).
/// </summary>
public sealed class OctopusEscapeExperiment : Experiment<OctopusEscapeSettings, OctopusEscapeJob, OctopusEscapeRecord, OctopusEscapeSummary>
{
    /// <inheritdoc />
    public override string Name => "octopus-escape";

    /// <inheritdoc />
    public override string Title => "GD needs exponential time on Du et al.'s octopus; perturbed methods do not";

    /// <inheritdoc />
    /// <remarks>2: a job holds its optimiser as a typed settings record (<see cref="OptimizerChoice"/>), not key=value text.</remarks>
    public override int Version => 2;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(OctopusEscapeSettings.Full, OctopusEscapeSettings.Quick);

    /// <inheritdoc />
    public override OctopusEscapeSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithOverrides(request, (request.Quick ? OctopusEscapeSettings.Quick : OctopusEscapeSettings.Full) with { BaseSeed = request.Seed });
    }

    /// <inheritdoc />
    public override IReadOnlyList<OctopusEscapeJob> Jobs(OctopusEscapeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (from method in OctopusComparison.Methods
                from d in settings.Dimensions
                from s in Enumerable.Range(0, settings.Seeds)
                select new OctopusEscapeJob(method, d, settings.BaseSeed + s, settings.MaxIterations, settings.Tolerance)).ToList();
    }

    /// <inheritdoc />
    protected override string PartOf(OctopusEscapeJob job) => job.Method.Name;

    /// <inheritdoc />
    protected override string LabelOf(OctopusEscapeJob job) => $"{job.Method.Name} d={job.Dimension}";

    /// <inheritdoc />
    public override OctopusEscapeRecord Run(OctopusEscapeJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var problem = ProblemCatalog.Get("octopus").Create(job.Dimension, [], job.Seed);
        var optimizer = job.Method.Create(problem);
        var run = OctopusTargetRun.Execute(problem.Instance, optimizer, job.Seed, job.MaxIterations, job.Tolerance, context?.Cancellation ?? default);
        var result = run.Result;
        return new OctopusEscapeRecord(job.Method.Name, job.Dimension, job.Seed, run.Reached ? result.Iterations : null, result.StopReason.Name,
            result.FinalValue - run.GlobalMinimum, run.StuckAtUnderflow, result.Perturbations, result.Counts.GradientEquivalents);
    }

    /// <inheritdoc />
    public override OctopusEscapeSummary Analyze(OctopusEscapeSettings settings, IReadOnlyList<JobResult<OctopusEscapeJob, OctopusEscapeRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var runs = results.Select(r => r.Record).ToList();
        var methods = OctopusComparison.Methods.Select(m => m.Name).ToList();
        var cells = (from method in methods
                     from d in settings.Dimensions
                     let cellRuns = runs.Where(r => r.Optimizer == method && r.Dimension == d).ToArray()
                     let iterations = cellRuns.Select(r => r.Iterations is { } x ? (double)x : double.PositiveInfinity).ToArray()
                     select new OctopusEscapeCell(
                         method, d,
                         Statistics.CensoredMedian(cellRuns.Select(r => r.Iterations)),
                         Statistics.Quantile(iterations, 0.25),
                         Statistics.Quantile(iterations, 0.75),
                         Statistics.Median(cellRuns.Where(r => r.Iterations is not null).Select(r => (double)r.GradientEvaluations)),
                         cellRuns.Count(r => r.Iterations is null),
                         cellRuns.Count(r => r.StuckAtUnderflow),
                         cellRuns.Length)).ToList();

        int headlineD = settings.Dimensions.Contains(10) ? 10 : settings.Dimensions.Max();
        var gd = cells.First(c => c.Optimizer == "gd" && c.Dimension == headlineD);
        var pgd = cells.First(c => c.Optimizer == "pgd" && c.Dimension == headlineD);
        bool gdCensored = double.IsPositiveInfinity(gd.MedianIterations);
        double ratio = gdCensored ? settings.MaxIterations / pgd.MedianIterations : gd.MedianIterations / pgd.MedianIterations;

        var gdFinite = cells.Where(c => c.Optimizer == "gd" && double.IsFinite(c.MedianIterations)).OrderBy(c => c.Dimension).ToList();
        (double, double)? growth = null;
        if (gdFinite.Count >= 2)
        {
            var ratios = gdFinite.Zip(gdFinite.Skip(1), (a, b) => b.MedianIterations / a.MedianIterations).ToList();
            growth = (ratios.Min(), ratios.Max());
        }

        var slopes = new Dictionary<string, (double, int)>(StringComparer.Ordinal);
        foreach (var method in methods.Where(m => m != "gd"))
        {
            var finite = cells.Where(c => c.Optimizer == method && double.IsFinite(c.MedianIterations)).OrderBy(c => c.Dimension).ToList();
            if (finite.Count >= 2)
            {
                slopes[method] = ((finite[^1].MedianIterations - finite[0].MedianIterations) / (finite[^1].Dimension - finite[0].Dimension), runs.Count(r => r.Optimizer == method && r.Iterations is null));
            }
        }

        var summary = new OctopusEscapeSummary(settings, runs, cells, headlineD, ratio, gdCensored, growth, gdFinite.Count > 0 ? gdFinite[^1].Dimension : null,
            runs.Count(r => r.Optimizer == "gd" && r.Iterations is null), runs.Count(r => r.Optimizer == "gd" && r.StuckAtUnderflow), slopes, []);
        return summary with { Verdicts = OctopusEscapeVerdicts.Decide(summary) };
    }

    /// <inheritdoc />
    public override string Report(OctopusEscapeSummary summary, ReportContext context) => OctopusEscapeReport.Write(summary, context);

}
