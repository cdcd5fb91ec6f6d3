using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.Networks;
using SaddleEscape.Landscape;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Models;
using SaddleEscape.Torch.Optim;
using SaddleEscape.Torch.Training;
using static TorchSharp.torch;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>
/// Hessian spectra where the lecture asks for them (Bruna 2018, lecture 10): at the critical points of a deep linear
/// network (Kawaguchi 2016: every local minimum global, saddles degenerate from K = 3) found by the critical-point finder,
/// with their energies checked against the closed form; and at the end of SGD and PSGD training of Farrell &amp; Quintero
/// Peña's MLP on Fashion-MNIST (SLQ densities; shares of negative and near-zero eigenvalues).
/// </summary>
public sealed class SpectraExperiment : Experiment<SpectraSettings, SpectraJob, SpectraRecord, SpectraSummary>
{
    /// <inheritdoc />
    public override string Name => "spectra";

    /// <inheritdoc />
    public override string Title => "Hessian spectra at deep-linear critical points and at the end of SGD and PSGD on the MLP";

    /// <inheritdoc />
    public override int Version => 3;

    /// <summary>
    /// One job at a time: an MLP job seeds libtorch's global generator (<c>manual_seed</c>) and sets its thread count, so two
    /// at once in one process draw from each other's stream and the same seed no longer gives the same bits (two quick runs
    /// with two jobs at once gave SGD's negative share as 4.67 % and 1.54 %). Use <c>--processes</c> for parallel MLP jobs.
    /// </summary>
    protected override int MaxParallelism => 1;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(SpectraSettings.Full, SpectraSettings.Quick);

    /// <inheritdoc />
    public override SpectraSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithOverrides(request, (request.Quick ? SpectraSettings.Quick : SpectraSettings.Full) with
        {
            BaseSeed = request.Seed,
            Data = request.Data,
            NetworkData = FashionMnist.IsAvailable(request.Data),
        });
    }

    /// <inheritdoc />
    public override IReadOnlyList<SpectraJob> Jobs(SpectraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var jobs = Enumerable.Range(0, settings.Starts).Select(s => (SpectraJob)new SpectraDeepLinearJob(s, settings)).ToList();
        if (settings.NetworkData)
        {
            jobs.AddRange(from trial in Enumerable.Range(0, settings.Trials)
                          from r in new[] { 0, settings.Radius }
                          select new SpectraMlpJob(trial, r, settings));
        }

        return jobs;
    }

    /// <inheritdoc />
    protected override string PartOf(SpectraJob job) => job.Part;

    /// <inheritdoc />
    protected override double WeightOf(SpectraJob job) => job is SpectraMlpJob ? 20 * job.Settings.Epochs : 1;

    /// <inheritdoc />
    public override SpectraRecord Run(SpectraJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job switch
        {
            SpectraDeepLinearJob deep => DeepLinear(deep),
            SpectraMlpJob mlp => Network(mlp, context ?? JobContext.None),
            _ => throw new ArgumentException($"spectra has no part for a {job.GetType().Name}", nameof(job)),
        };
    }

    /// <inheritdoc />
    public override SpectraSummary Analyze(SpectraSettings settings, IReadOnlyList<JobResult<SpectraJob, SpectraRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var runs = results.Select(r => r.Record).ToList();
        var values = DeepLinearProblem(settings).CriticalValues();
        var polished = runs.OfType<SpectraDeepLinearRecord>().Select(r => r.Point).OfType<DeepLinearCriticalPoint>().ToList();
        int matched = polished.Count(r => values.Any(v => Math.Abs(v - r.Energy) <= 1e-8 * Math.Max(1, Math.Abs(v))));
        var problem = DeepLinearProblem(settings);
        var zero = new double[problem.Dimension];
        var spectrum = HessianSpectrum.All(new RiemannianHessianOperator(new Oracle(problem), new Manifolds.Euclidean(problem.Dimension), zero));
        int nullity = HessianSpectrum.Count(spectrum, 1e-6 * Math.Max(1, spectrum.Max(Math.Abs))).NearZero;
        var summary = new SpectraSummary(settings, runs, values, (matched, polished.Count), (spectrum[0], spectrum[^1], nullity, spectrum.Length), []);
        return summary with { Verdicts = SpectraVerdicts.Decide(summary) };
    }

    /// <inheritdoc />
    public override string Report(SpectraSummary summary, ReportContext context) => SpectraReport.Write(summary, context);

    /// <summary>The deep-linear network of the settings (data from the base seed).</summary>
    public static DeepLinearNetwork DeepLinearProblem(SpectraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (DeepLinearNetwork)ProblemCatalog.Get("deep-linear").Create(settings.Width, [$"depth={settings.Depth}"], settings.BaseSeed).Instance.Objective;
    }

    private static SpectraDeepLinearRecord DeepLinear(SpectraDeepLinearJob job)
    {
        var s = job.Settings;
        var definition = ProblemCatalog.Get("deep-linear");
        var instance = definition.Create(s.Width, [$"depth={s.Depth}"], s.BaseSeed).Instance;
        // The start comes from another seed of the same problem: same data (the data stream is the base seed's), a fresh random point.
        var start = definition.Create(s.Width, [$"depth={s.Depth}"], SeedStreams.Derive(s.BaseSeed, "spectra-start", job.Start)).Instance.Start;
        var oracle = new Oracle(instance.Objective);
        var options = new CriticalPointOptions();
        if (CriticalPointFinder.Polish(oracle, instance.Manifold, start, options) is not { } x)
        {
            return new SpectraDeepLinearRecord(job.Start, null);
        }

        var point = CriticalPointFinder.Classify(oracle, instance.Manifold, x, options);
        return new SpectraDeepLinearRecord(job.Start, new DeepLinearCriticalPoint(point.Value, point.Index, point.Nullity, point.Eigenvalues));
    }

    private static SpectraMlpRecord Network(SpectraMlpJob job, JobContext context)
    {
        var s = job.Settings;
        var (train, test) = PaperData.Load(s.Data);
        var trainSet = s.TrainSubset > 0 ? train.Take(s.TrainSubset) : train;
        set_num_threads(ThreadLimit.Threads);
        using var trainer = new ImageClassifierTrainer(trainSet, test, ClassificationLoss.SquaredError);
        manual_seed(SeedStreams.Derive64(s.BaseSeed, "spectra-init", job.Trial));
        using var network = PaperNetworks.Create("mlp", trainSet);
        using var optimizer = SaddleOptim.PSGD(network.parameters(), 0.01, job.Radius, seed: SeedStreams.Derive64(s.BaseSeed, "spectra-noise", job.Trial));
        var history = trainer.Fit(network, optimizer, s.Epochs, 128, SeedStreams.Derive64(s.BaseSeed, "spectra-shuffle", job.Trial), m =>
        {
            context.Cancellation.ThrowIfCancellationRequested();
            context.Report((double)m.Epoch / s.Epochs, $"epoch {m.Epoch}/{s.Epochs}");
        });
        context.Report(1, "Hessian");
        var density = trainer.Density(network, s.HessianBatch, s.HessianSteps, s.HessianProbes, s.BaseSeed);
        return new SpectraMlpRecord(job.Radius, job.Trial, history[^1].TrainLoss, history[^1].TestAccuracy, density.Nodes, density.Weights,
            density.Mass(l => l < -SpectraSettings.ZeroTolerance), density.Mass(l => Math.Abs(l) <= SpectraSettings.ZeroTolerance));
    }
}
