using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.Networks;
using SaddleEscape.Numerics;
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Models;
using SaddleEscape.Torch.Optim;
using SaddleEscape.Torch.Training;
using System.Globalization;
using static TorchSharp.torch;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>
/// Farrell &amp; Quintero Peña 2019, §2: mini-batch SGD against mini-batch PSGD (their Alg. 5; Jin et al. 2019) on an
/// MLP or a VGG3-style CNN, for several radii r and several trials; trial k initialises every optimiser's network
/// identically and feeds it the same mini-batch order, so the comparison is paired. The end points of the first
/// trials are certified with the Hessian (Lanczos on double-backward HVPs, and SLQ for the spectral shares).
/// Real data: Debian's Fashion-MNIST by default, CIFAR-10 (the paper's) with <c>--data</c>.
/// </summary>
/// <param name="model">"mlp" or "cnn".</param>
public sealed class PsgdComparisonExperiment(string model) : Experiment<PsgdSettings, PsgdJob, PsgdRecord, PsgdSummary>
{

    /// <inheritdoc />
    public override string Name => $"psgd-{model}";

    /// <inheritdoc />
    public override string Title => model == "mlp"
        ? "Perturbed SGD vs SGD on an MLP (Farrell & Quintero Peña 2019, Fig. 3–10)"
        : "Perturbed SGD vs SGD on a VGG3-style CNN (Farrell & Quintero Peña 2019, Fig. 11–18)";

    /// <inheritdoc />
    public override int Version => 3;

    /// <inheritdoc />
    protected override int MaxParallelism => 1;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys => SettingsBinder.ExperimentSpecs(PsgdSettings.For(model, quick: false), PsgdSettings.For(model, quick: true));

    /// <inheritdoc />
    protected override string? Unavailable(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PaperData.IsCifar(request.Data) || FashionMnist.IsAvailable(request.Data)
            ? null
            : $"Fashion-MNIST not found in {request.Data ?? FashionMnist.DefaultDirectory} (apt-get install dataset-fashion-mnist, or --data DIR)";
    }

    /// <inheritdoc />
    public override PsgdSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithOverrides(request, PsgdSettings.For(model, request.Quick) with { BaseSeed = request.Seed, Data = request.Data }).Validate();
    }

    /// <summary>The data folder a request names (null: Debian's Fashion-MNIST).</summary>
    /// <inheritdoc />
    public override IReadOnlyList<PsgdJob> Jobs(PsgdSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double[] radii = [0, .. settings.Radii];
        var jobs = (from r in radii
                    from trial in Enumerable.Range(0, settings.Trials)
                    select new PsgdJob(model, settings.Data, r, trial, settings.BaseSeed, settings.Epochs, settings.BatchSize, settings.LearningRate,
                        settings.TrainSubset, settings.TestSubset, settings.Loss, trial < settings.HessianRuns, settings.HessianBatch, settings.HessianSteps, settings.HessianProbes, Initialization: settings.Initialization)).ToList();
        if (settings.BaselineEpochs > 0)
        {
            // The sanity baseline (Adam, cross-entropy) shows that the data, labels and model are right.
            jobs.Add(new PsgdJob(model, settings.Data, 0, 0, settings.BaseSeed, settings.BaselineEpochs, settings.BatchSize, 1e-3, settings.TrainSubset, settings.TestSubset,
                ClassificationLoss.CrossEntropy, false, settings.HessianBatch, settings.HessianSteps, settings.HessianProbes, Baseline: true, settings.Initialization));
        }

        return jobs;
    }

    /// <inheritdoc />
    protected override string PartOf(PsgdJob job) => job.Optimizer;

    /// <inheritdoc />
    protected override string LabelOf(PsgdJob job) => $"{job.Optimizer} trial {job.Trial}";

    /// <inheritdoc />
    protected override double WeightOf(PsgdJob job) => job.Epochs;

    /// <inheritdoc />
    public override PsgdRecord Run(PsgdJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        context ??= JobContext.None;
        var (train, test) = PaperData.Load(job.Data);
        var trainSet = job.TrainSubset > 0 ? train.Take(job.TrainSubset) : train;
        var testSet = job.TestSubset > 0 ? test.Take(job.TestSubset) : test;
        // One TorchSharp job at a time, with torch's threads set from the cores this process may use.
        set_num_threads(ThreadLimit.Threads);
        using var trainer = new ImageClassifierTrainer(trainSet, testSet, job.Loss);
        manual_seed(SeedStreams.Derive64(job.BaseSeed, "torch-init", job.Trial));
        using var network = PaperNetworks.Create(job.Model, trainSet, job.Initialization);
        using optim.Optimizer optimizer = job.Baseline
            ? optim.Adam(network.parameters(), job.LearningRate)
            : SaddleOptim.PSGD(network.parameters(), job.LearningRate, job.Radius, seed: SeedStreams.Derive64(job.BaseSeed, "psgd-noise", job.Trial, (long)(job.Radius * 1e6)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var history = trainer.Fit(network, optimizer, job.Epochs, job.BatchSize, SeedStreams.Derive64(job.BaseSeed, "torch-shuffle", job.Trial), m =>
        {
            context.Cancellation.ThrowIfCancellationRequested();
            context.Report((double)m.Epoch / job.Epochs, string.Create(CultureInfo.InvariantCulture, $"epoch {m.Epoch}/{job.Epochs} loss {m.TrainLoss:G4} test acc {m.TestAccuracy:P1}"));
        });
        double seconds = clock.Elapsed.TotalSeconds;
        HessianRecord? hessian = null;
        if (job.Hessian)
        {
            context.Report(1, "Hessian");
            var h = trainer.Certify(network, job.HessianBatch, job.HessianSteps, job.HessianProbes, zeroTolerance: 1e-4, seed: job.BaseSeed);
            hessian = new HessianRecord(h.Certificate.GradientNorm, h.Certificate.LambdaMin, h.Certificate.LambdaMax,
                SaddleEscape.Landscape.ClassificationNames.Name(h.Certificate.Classification), h.Parameters, h.ZeroTolerance,
                h.NegativeFraction, h.NearZeroFraction, h.TopEigenvalues, h.Certificate.LanczosSteps);
        }

        double chance = testSet.Labels.GroupBy(l => l).Max(g => g.Count()) / (double)testSet.Count;
        return new PsgdRecord(job.Radius, job.Trial, history, seconds, hessian, chance, job.Baseline);
    }

    /// <inheritdoc />
    public override PsgdSummary Analyze(PsgdSettings settings, IReadOnlyList<JobResult<PsgdJob, PsgdRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var baseline = results.Select(r => r.Record).FirstOrDefault(r => r.Baseline);
        var runs = results.Select(r => r.Record).Where(r => !r.Baseline).ToList();
        string? data = settings.Data;
        double chance = runs.Count > 0 ? runs.Max(r => r.ChanceAccuracy) : double.NaN;
        var curves = runs.GroupBy(r => r.Radius).OrderBy(g => g.Key).Select(g =>
        {
            var group = g.ToList();
            int n = group.Min(r => r.Epochs.Count);
            IReadOnlyList<(double, double)> Stat(Func<EpochMetrics, double> pick) =>
                Enumerable.Range(0, n).Select(e => Statistics.MeanAndStd(group.Select(r => pick(r.Epochs[e])))).ToList();
            return new OptimizerCurves(g.Key, group.Count, Stat(m => m.TestAccuracy), Stat(m => m.TrainAccuracy), Stat(m => m.TestLoss), Stat(m => m.TrainLoss));
        }).ToList();
        double best = runs.Where(r => r.Radius > 0).GroupBy(r => r.Radius)
            .OrderByDescending(g => g.Average(r => r.Final.TestAccuracy))
            .Select(g => g.Key).DefaultIfEmpty(0).First();
        var sgd = runs.Where(r => r.Radius == 0).OrderBy(r => r.Trial).ToList();
        var psgd = runs.Where(r => r.Radius == best && best > 0).OrderBy(r => r.Trial).ToList();
        var welch = psgd.Count >= 2 && sgd.Count >= 2 ? WelchTTest.Compute(psgd.Select(r => r.Final.TestAccuracy).ToArray(), sgd.Select(r => r.Final.TestAccuracy).ToArray()) : null;
        var pairs = sgd.Join(psgd, a => a.Trial, b => b.Trial, (a, b) => (Sgd: a, Psgd: b)).ToList();
        var paired = pairs.Count >= 2 ? PairedTTest.Compute(pairs.Select(p => p.Psgd.Final.TestAccuracy).ToList(), pairs.Select(p => p.Sgd.Final.TestAccuracy).ToList()) : null;
        var gaps = pairs.Select(p => p.Sgd.Epochs.Zip(p.Psgd.Epochs, (a, b) => Math.Abs(a.TestAccuracy - b.TestAccuracy)).Max()).ToList();
        var sgdFinal = sgd.Select(r => r.Final.TestAccuracy).ToList();
        var byRadius = settings.Radii.Select(r => Compare(r, sgd, runs.Where(x => x.Radius == r).OrderBy(x => x.Trial).ToList())).ToList();
        bool atChance = runs.Count > 0 && runs.All(r => r.Final.TestAccuracy <= chance + PsgdVerdicts.ChanceMargin);
        bool identical = pairs.Count > 0 && pairs.All(p => p.Sgd.Epochs.Zip(p.Psgd.Epochs, (a, b) => Math.Abs(a.TestLoss - b.TestLoss) + Math.Abs(a.TrainLoss - b.TrainLoss)).Max() < 1e-9);
        double perEpoch = runs.Sum(r => r.TrainingSeconds) / Math.Max(1, runs.Sum(r => r.Epochs.Count));
        var summary = new PsgdSummary(settings, PaperData.IsCifar(data) ? "CIFAR-10" : "Fashion-MNIST", chance, runs, curves, best, welch, paired, gaps,
            sgdFinal.Count > 0 ? sgdFinal.Max() - sgdFinal.Min() : double.NaN, atChance, identical, perEpoch, baseline, byRadius);
        return summary with { Verdicts = PsgdVerdicts.Decide(settings.Model, summary) };
    }

    /// <summary>PSGD with radius <paramref name="radius"/> against SGD: paired by trial and unpaired.</summary>
    private static RadiusComparison Compare(double radius, IReadOnlyList<PsgdRecord> sgd, IReadOnlyList<PsgdRecord> psgd)
    {
        var pairs = sgd.Join(psgd, a => a.Trial, b => b.Trial, (a, b) => (Sgd: a.Final.TestAccuracy, Psgd: b.Final.TestAccuracy)).ToList();
        var paired = pairs.Count >= 2 ? PairedTTest.Compute(pairs.Select(p => p.Psgd).ToList(), pairs.Select(p => p.Sgd).ToList()) : null;
        var welch = psgd.Count >= 2 && sgd.Count >= 2 ? WelchTTest.Compute(psgd.Select(r => r.Final.TestAccuracy).ToArray(), sgd.Select(r => r.Final.TestAccuracy).ToArray()) : null;
        return new RadiusComparison(radius, pairs.Count, paired, welch, pairs.Count(p => p.Psgd > p.Sgd));
    }

    /// <inheritdoc />
    public override string Report(PsgdSummary summary, ReportContext context) => PsgdReport.Write(Title, model, summary, context);
}
