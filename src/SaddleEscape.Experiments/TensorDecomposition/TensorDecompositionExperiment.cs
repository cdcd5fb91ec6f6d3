using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Numerics;
using SaddleEscape.Tensors;
using System.Diagnostics;
using System.Globalization;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>
/// Orthogonal 4th-order tensor decomposition (Ge, Huang, Jin &amp; Yuan 2015, Eq. 6 and Thm. 5 in Goyal &amp; Ullah's
/// numbering): for each d, exact and noisy T, and each seed, run projected noisy SGD, PGD, plain projected GD and PAGD
/// (with and without NCE) on the product of spheres, and the robust tensor power method with deflation; record the
/// recovery error against iterations and wall time, and certify where each optimiser ended.
/// </summary>
public sealed class TensorDecompositionExperiment : Experiment<TensorDecompositionSettings, TensorDecompositionJob, TensorDecompositionRecord, TensorDecompositionSummary>
{
    /// <inheritdoc />
    public override string Name => "tensor-decomposition";

    /// <inheritdoc />
    public override string Title => "Orthogonal tensor decomposition: Ge et al.'s strict-saddle objective vs. the tensor power method";

    /// <inheritdoc />
    /// <remarks>2: a method holds its optimiser as a typed settings record (<see cref="OptimizerChoice"/>), not key=value text.</remarks>
    public override int Version => 2;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(TensorDecompositionSettings.Full, TensorDecompositionSettings.Quick);

    /// <inheritdoc />
    public override TensorDecompositionSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithOverrides(request, (request.Quick ? TensorDecompositionSettings.Quick : TensorDecompositionSettings.Full) with { BaseSeed = request.Seed });
    }

    /// <inheritdoc />
    public override IReadOnlyList<TensorDecompositionJob> Jobs(TensorDecompositionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (from d in settings.Dimensions.OrderByDescending(d => d)
                from noisy in new[] { false, true }
                from method in TensorDecompositionSettings.Methods
                from s in Enumerable.Range(0, settings.Seeds)
                select new TensorDecompositionJob(method, d, noisy, settings.BaseSeed + s, settings.MaxIterations, settings.Noise, settings.CheckpointEvery)).ToList();
    }

    /// <inheritdoc />
    protected override string PartOf(TensorDecompositionJob job) => job.Method.Label;

    /// <inheritdoc />
    protected override string LabelOf(TensorDecompositionJob job) => $"{job.Method.Label} d={job.Dimension}";

    /// <inheritdoc />
    protected override double WeightOf(TensorDecompositionJob job) => job.Dimension * (double)job.Dimension;

    /// <summary>The problem instance of one (d, noise, seed).</summary>
    public static CatalogProblem Problem(int d, bool noisy, int seed, double noise)
    {
        string[] items = noisy ? [FormattableString.Invariant($"noise={noise}"), "noise_form=low-rank"] : [];
        return ProblemCatalog.Get("tensor-orthogonal-4").Create(d, items, seed);
    }

    /// <inheritdoc />
    public override TensorDecompositionRecord Run(TensorDecompositionJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Method.IsPowerMethod ? RunPowerMethod(job) : RunOptimizer(job, context ?? JobContext.None);
    }

    private static TensorDecompositionRecord RunOptimizer(TensorDecompositionJob job, JobContext context)
    {
        var problem = Problem(job.Dimension, job.Noisy, job.Seed, job.Noise);
        var instance = problem.Instance;
        var optimizer = job.Method.Optimizer!.Create(problem);
        var curve = new List<CurvePoint>();
        var clock = Stopwatch.StartNew();
        var stop = StoppingRule.AfterIterations(job.MaxIterations) | (optimizer.PerturbsAtSmallGradients
            ? StoppingRule.AtSecondOrderPoint(1e-10, 1e-6)
            : StoppingRule.WhenGradientNormBelow(1e-10));
        var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, optimizer, instance.Start, new MinimizerOptions
        {
            Seed = job.Seed,
            Stop = stop,
            Certificate = null,
            TraceMaxRows = 64,
            ProgressEvery = job.CheckpointEvery,
            Progress = p =>
            {
                curve.Add(new CurvePoint(p.Iteration, clock.Elapsed.TotalSeconds, instance.Truth!.RecoveryError(p.Point)));
                context.Report((double)p.Iteration / job.MaxIterations, string.Create(CultureInfo.InvariantCulture, $"iteration {p.Iteration}"));
            },
            Cancellation = context.Cancellation,
        });
        double seconds = clock.Elapsed.TotalSeconds;
        double error = instance.Truth!.RecoveryError(result.X);
        curve.Add(new CurvePoint(result.Iterations, seconds, error));
        var certificate = SecondOrderCertificate.Compute(instance.CreateOracle(), instance.Manifold, result.X, new CertificateOptions(1e-6, 1e-6, new LanczosOptions(MaxSteps: 150, FullSpaceLimit: 500)));
        return new TensorDecompositionRecord(job.Method.Label, job.Dimension, job.Noisy, job.Seed, error, result.Iterations, result.Counts.GradientEquivalents, seconds,
            certificate.Classification.Name(), certificate.LambdaMin, curve);
    }

    /// <summary>The robust tensor power method (Alg. 6, order 4, R = 10 random starts, N = 30) with deflation.</summary>
    private static TensorDecompositionRecord RunPowerMethod(TensorDecompositionJob job)
    {
        int d = job.Dimension;
        var problem = Problem(d, job.Noisy, job.Seed, job.Noise).Instance;
        var tensor = ((OrthogonalTensorObjective)problem.Objective).Tensor;
        const int restarts = 10, iterations = 30;
        var random = SeedStreams.Random(job.Seed, "run");
        var curve = new List<CurvePoint>();
        var clock = Stopwatch.StartNew();
        var found = new List<double>();
        long total = 0;
        Deflation.Decompose(tensor, d, t =>
        {
            var pair = TensorPowerMethod.ExtractOne(t, restarts, iterations, svdStarts: false, random);
            total += (restarts + 1) * iterations;
            found.AddRange(pair.Vector);
            // Until every component is found the decomposition is incomplete: missing ones count as error 1.
            double partial = found.Count == d * d ? problem.Truth!.RecoveryError(found.ToArray()) : Math.Max(1.0, problem.Truth!.RecoveryError(found.ToArray()));
            curve.Add(new CurvePoint(total, clock.Elapsed.TotalSeconds, partial));
            return pair;
        });
        double seconds = clock.Elapsed.TotalSeconds;
        double error = problem.Truth!.RecoveryError(found.ToArray());
        return new TensorDecompositionRecord(job.Method.Label, d, job.Noisy, job.Seed, error, total, 0, seconds, "—", double.NaN, curve);
    }

    /// <inheritdoc />
    public override TensorDecompositionSummary Analyze(TensorDecompositionSettings settings, IReadOnlyList<JobResult<TensorDecompositionJob, TensorDecompositionRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var runs = results.Select(r => r.Record).ToList();
        var cells = new List<TensorDecompositionCell>();
        foreach (int d in settings.Dimensions)
        {
            foreach (bool noisy in new[] { false, true })
            {
                foreach (var method in TensorDecompositionSettings.Methods)
                {
                    var g = runs.Where(r => r.Method == method.Label && r.Dimension == d && r.Noisy == noisy).ToList();
                    var (q1, q3) = Statistics.Quartiles(g.Select(r => r.Error));
                    cells.Add(new TensorDecompositionCell(method.Label, d, noisy, g.Count,
                        g.Count(r => r.Error <= settings.RecoveryThreshold(noisy)),
                        g.Count(r => r.Classification == "local-min"),
                        Statistics.Median(g.Select(r => r.Error)), q1, q3,
                        Statistics.Median(g.Select(r => (double)r.Iterations)),
                        Statistics.Median(g.Select(r => (double)r.GradientEvaluations)),
                        Statistics.Median(g.Select(r => r.WallSeconds))));
                }
            }
        }

        var optimizerRuns = runs.Where(r => r.Method != TensorDecompositionSettings.PowerMethod.Label).ToList();
        var pagd = runs.Where(r => r.Method == TensorDecompositionSettings.Pagd.Label).ToList();
        var pagdOff = runs.Where(r => r.Method == TensorDecompositionSettings.PagdNceOff.Label).ToList();
        int dMax = settings.Dimensions.Max();
        var noisyErrors = TensorDecompositionSettings.Methods.ToDictionary(
            m => m.Label,
            m => Statistics.Median(runs.Where(r => r.Method == m.Label && r.Noisy && r.Dimension == dMax).Select(r => r.Error)),
            StringComparer.Ordinal);
        var summary = new TensorDecompositionSummary(settings, runs, cells, optimizerRuns.Count, optimizerRuns.Count(r => r.Classification == "strict-saddle"),
            Statistics.Median(runs.Where(r => !r.Noisy && r.Classification == "local-min").Select(r => r.LambdaMin)),
            (pagd.Count(r => r.Classification == "local-min"), pagd.Count),
            (pagdOff.Count(r => r.Classification == "local-min"), pagdOff.Count),
            noisyErrors, []);
        return summary with { Verdicts = TensorDecompositionVerdicts.Decide(summary) };
    }

    /// <inheritdoc />
    public override string Report(TensorDecompositionSummary summary, ReportContext context) => TensorDecompositionReport.Write(summary, context);
}
