using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Networks;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using System.Globalization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>
/// Ge, Lee &amp; Ma 2018, Sec. 4 (Fig. 1–4): SGD with fresh samples on f (ReLU, sigmoid), f′ (with unit-row projection)
/// and the designed G, for a d-dimensional teacher with B* = I, a* = 1, noiseless; step η₀ for a plateau, then ×¼
/// every few thousand iterations (run as stages of the memoryless SGD, each restarting from the previous iterate
/// with the smaller step). Beyond the simulations: GD on the population G from many random starts (Thm. 2.3) and
/// App. F's spurious local minimum of P′.
/// </summary>
public sealed class LandscapeDesignExperiment : Experiment<LandscapeDesignSettings, LandscapeDesignJob, LandscapeDesignRecord, LandscapeDesignSummary>
{
    /// <inheritdoc />
    public override string Name => "landscape-design";

    /// <inheritdoc />
    public override string Title => "Learning a one-hidden-layer network: f stalls, f′ and the designed G recover B* (Ge, Lee & Ma 2018)";

    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    public override IReadOnlyList<string> Parts { get; } = [.. LandscapeDesignSettings.AllSimulations(true).Select(s => s.Key), "step-search", "landscape"];

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } =
        SettingsBinder.ExperimentSpecs(LandscapeDesignSettings.For(quick: false, seed: 0), LandscapeDesignSettings.For(quick: true, seed: 0));

    /// <inheritdoc />
    public override LandscapeDesignSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var s = WithOverrides(request, LandscapeDesignSettings.For(request.Quick, request.Seed));
        if (!(s.FprimeStep > 0 && s.FprimeCenteredStep > 0 && s.GStep > 0 && s.GCenteredStep > 0))
        {
            throw new ArgumentException("landscape-design: fprime_step, fprime_centred_step, g_step and g_centred_step must be > 0");
        }

        var steps = s.Simulations.Select(x => x.Key switch
        {
            "fprime" => x with { StepSize = s.FprimeStep },
            "fprime-centred" => x with { StepSize = s.FprimeCenteredStep },
            "G" => x with { StepSize = s.GStep },
            "G-centred" => x with { StepSize = s.GCenteredStep },
            _ => x,
        });
        return s with
        {
            Simulations = steps.Where(x => request.Runs(x.Key)).ToList(),
            Landscape = request.Runs("landscape"),
            StepSearch = request.Runs("step-search"),
            StepGrid = Grid("step_grid", s.StepGrid),
            GStepGrid = Grid("g_step_grid", s.GStepGrid),
            SearchSettings = s.SearchSettings is null ? null : SearchKeys(string.Join(",", s.SearchSettings)),
        };
    }

    private static IReadOnlyList<double> Grid(string key, IReadOnlyList<double> values) =>
        values.Count == 0 || values.Any(v => !(v > 0)) ? throw new ArgumentException($"landscape-design: {key} must list step sizes > 0") : values;

    private static List<string> SearchKeys(string text)
    {
        var keys = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = keys.Where(k => !LandscapeDesignSettings.SearchableSettings.Contains(k)).ToList();
        return keys.Count == 0 || unknown.Count > 0
            ? throw new ArgumentException($"landscape-design: search must list settings among {string.Join(", ", LandscapeDesignSettings.SearchableSettings)} (got '{text}')")
            : keys;
    }

    /// <inheritdoc />
    public override IReadOnlyList<LandscapeDesignJob> Jobs(LandscapeDesignSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var jobs = (from setting in settings.Simulations
                    from seed in Enumerable.Range(0, settings.Seeds)
                    select new LandscapeDesignJob(Simulation: new SimulationJob(setting, settings.Dimension, seed, settings.Plateau, settings.DecayEvery, settings.Stages, settings.CheckpointEvery))).ToList();
        if (settings.StepSearch)
        {
            // Seed 0 for every candidate; judged on the problem's deterministic value (f′: the held-out 5 000 samples; G: the
            // population G in closed form), never e(Q).
            // The searched settings: the `search` key, else those of the simulations chosen with --only, else all three.
            var chosen = settings.SearchSettings ?? settings.Simulations.Select(x => x.Key).Where(LandscapeDesignSettings.SearchableSettings.Contains).ToList();
            jobs.AddRange(from setting in LandscapeDesignSettings.AllSimulations(settings.Quick).Where(x => LandscapeDesignSettings.SearchableSettings.Contains(x.Key) && (chosen.Count == 0 || chosen.Contains(x.Key)))
                          from eta in setting.Key.StartsWith('G') ? settings.GStepGrid : settings.StepGrid
                          select new LandscapeDesignJob(Search: new SimulationJob(setting with { StepSize = eta }, settings.Dimension, 0, settings.SearchSteps, 1, 0, settings.CheckpointEvery)));
        }

        if (settings.Landscape)
        {
            jobs.AddRange(Enumerable.Range(0, settings.RandomStarts).Select(i => new LandscapeDesignJob(RandomStartSeed: 1000 + settings.BaseSeed + i, RandomStartDimension: settings.LandscapeDimension)));
            jobs.AddRange(settings.SpuriousA.Select(a => new LandscapeDesignJob(SpuriousA: a, ProbeSeed: settings.BaseSeed)));
        }

        return jobs;
    }

    /// <inheritdoc />
    protected override string PartOf(LandscapeDesignJob job) => job.Part;

    /// <inheritdoc />
    protected override string LabelOf(LandscapeDesignJob job) => job.Search is { } search
        ? FormattableString.Invariant($"step search {search.Setting.Key} η₀ = {search.Setting.StepSize}")
        : job.Simulation?.Setting.Label ?? (job.RandomStartSeed is not null ? "GD on population G" : "App. F point");

    /// <inheritdoc />
    protected override double WeightOf(LandscapeDesignJob job) =>
        (job.Simulation ?? job.Search) is { } s ? (s.Plateau + (s.Stages * s.DecayEvery)) * (double)s.Setting.BatchSize * s.Dimension / 2e4 : 1;

    /// <inheritdoc />
    public override LandscapeDesignRecord Run(LandscapeDesignJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        context ??= JobContext.None;
        if (job.Simulation is { } simulation)
        {
            return new LandscapeDesignRecord(Simulation: Simulate(simulation, context));
        }

        if (job.Search is { } search)
        {
            return new LandscapeDesignRecord(Search: Simulate(search, context));
        }

        if (job.RandomStartSeed is { } seed)
        {
            return new LandscapeDesignRecord(RandomStart: RandomStart(job.RandomStartDimension ?? 10, seed));
        }

        return new LandscapeDesignRecord(Spurious: SpuriousPoint(job.SpuriousA ?? throw new ArgumentException("a landscape-design job needs a simulation, a random start or an a"), seed: job.ProbeSeed ?? 0));
    }

    private static SimulationRecord Simulate(SimulationJob job, JobContext context)
    {
        var setting = job.Setting;
        var problem = ProblemCatalog.Get(setting.Problem).Create(job.Dimension, setting.ProblemSettings, job.Seed);
        var instance = problem.Instance;
        var curve = new List<CurveCheckpoint>();
        var x = (double[])instance.Start.Clone();
        long offset = 0, samples = 0;
        long total = job.Plateau + (job.Stages * job.DecayEvery);
        MinimizationResult? last = null;

        // A stage's last checkpoint is the next stage's first (the same point), and the final point may be the last
        // stage's last checkpoint: each iteration is recorded once.
        void Record(long iteration, double value, double error)
        {
            if (curve.Count == 0 || curve[^1].Iteration != iteration)
            {
                curve.Add(new CurveCheckpoint(iteration, value, error));
            }
        }

        for (int stage = 0; stage <= job.Stages; stage++)
        {
            long length = stage == 0 ? job.Plateau : job.DecayEvery;
            double eta = setting.StepSize * Math.Pow(0.25, stage);
            var sgd = OptimizerCatalog.Get("sgd").Create([FormattableString.Invariant($"step_size={eta}"), $"batch_size={setting.BatchSize}"], problem);
            long stageOffset = offset;
            last = Minimizer.Run(instance.CreateOracle(), instance.Manifold, sgd, x, new MinimizerOptions
            {
                Seed = SeedStreams.Derive(job.Seed, "sgd-stage", stage),
                Stop = StoppingRule.AfterIterations(length),
                MonitorEvery = job.CheckpointEvery,
                ProgressEvery = job.CheckpointEvery,
                Progress = p =>
                {
                    Record(stageOffset + p.Iteration, p.Value, instance.Truth!.RecoveryError(p.Point));

                    context.Report((double)(stageOffset + p.Iteration) / total, string.Create(CultureInfo.InvariantCulture, $"seed {job.Seed}, step {stageOffset + p.Iteration}"));
                },
                Certificate = stage == job.Stages ? new CertificateOptions(1e-3, 1e-6) : null,
                TraceMaxRows = 64,
                Cancellation = context.Cancellation,
            });
            x = last.X;
            offset += length;
            samples += last.Counts.SampleGradients;
        }

        double risk = instance.Objective.Value(x);
        double error = instance.Truth!.RecoveryError(x);
        Record(offset, risk, error);

        var polished = setting.Polish ? Polish(instance, x, job.Dimension, job.Seed) : null;
        bool designed = setting.Key.StartsWith('G');
        double? aError = setting.Key.StartsWith("fprime", StringComparison.Ordinal) || designed ? OutputWeightError(designed ? x : x.AsSpan(job.Dimension).ToArray(), job.Dimension, job.Seed) : null;
        return new SimulationRecord(setting.Key, job.Seed, curve, error, risk, last!.Certificate?.Classification.Name() ?? "—", samples, polished, aError, setting.StepSize);
    }

    /// <summary>
    /// App. D, Alg. 1 on the learnt B (rows normalised by the recovery): a from 262 144 fresh samples of the simulations'
    /// teacher (B* = I, a* = 1, ReLU, σ₁ = ½), then ‖a − a*‖/‖a*‖ (a* = 1, so no permutation is needed).
    /// </summary>
    private static double OutputWeightError(double[] b, int d, int seed)
    {
        var teacher = new TeacherNetwork(Enumerable.Repeat(1.0, d).ToArray(), TeacherNetwork.OrthogonalFirstLayer("identity", d, new Random(0)), d, Activation.Relu);
        var (xs, ys) = teacher.SampleBatch(262_144, SeedStreams.Random(seed, "a-recovery"));
        var (a, _) = LinearLayerRecovery.Recover(b, xs, ys, 0.5, general: false);
        return Math.Sqrt(a.Sum(v => (v - 1) * (v - 1)) / d);
    }

    /// <summary>
    /// GD on the exact ReLU population risk from the SGD end point (up to 50 000 steps or ‖∇f‖ ≤ 1e-9),
    /// then the certificate: a local minimum with excess risk ≤ 1e-6 is "global", with more "spurious local-min".
    /// </summary>
    private static PolishOutcome Polish(ProblemInstance problem, double[] start, int d, int seed)
    {
        var teacher = new TeacherNetwork(Enumerable.Repeat(1.0, d).ToArray(), TeacherNetwork.OrthogonalFirstLayer("identity", d, new Random(0)), d, Activation.Relu);
        var result = Minimizer.Run(new Oracle(new ReluPopulationRisk(teacher)), problem.Manifold, new GradientDescent(0.05), start, new MinimizerOptions
        {
            Seed = seed,
            Stop = StoppingRule.AfterIterations(50_000) | StoppingRule.WhenGradientNormBelow(1e-9),
            Certificate = new CertificateOptions(1e-6, 1e-6),
            TraceMaxRows = 64,
        });
        var cert = result.Certificate!;
        // ReLU's scaling symmetry a·relu(bᵀx) = (a/c)·relu(c·bᵀx) makes every minimum degenerate (a flat
        // direction per hidden unit), so second-order information alone cannot say "minimum"; the value can.
        bool global = result.FinalValue <= 1e-6;
        string verdict = cert.Classification switch
        {
            Classification.LocalMinimum => global ? "global (strict)" : "spurious local-min",
            Classification.Degenerate => global ? "global (degenerate)" : "non-global second-order point (degenerate)",
            _ => cert.Classification.Name(),
        };
        return new PolishOutcome(verdict, result.FinalValue, problem.Truth!.RecoveryError(result.X), cert.LambdaMin, global);
    }

    /// <summary>
    /// GD (the problem's suggested step) on the population G from a random start with its own random orthogonal teacher,
    /// until ‖∇G‖ ≤ 1e-10 or 50 000 steps; certified with tolerance 1e-6 (Thm. 2.3: every local minimum is global).
    /// </summary>
    private static RandomStartOutcome RandomStart(int d, int seed)
    {
        var p = ProblemCatalog.Get("landscape-design-G").Create(d, [], seed);
        var instance = p.Instance;
        var r = Minimizer.Run(instance.CreateOracle(), instance.Manifold, OptimizerCatalog.Get("gd").Create([], p), instance.Start, new MinimizerOptions
        {
            Seed = seed,
            Stop = StoppingRule.AfterIterations(50_000) | StoppingRule.WhenGradientNormBelow(1e-10),
            Certificate = new CertificateOptions(1e-6, 1e-6),
            TraceMaxRows = 16,
        });
        return new RandomStartOutcome(seed, instance.Truth!.RecoveryError(r.X), r.Certificate!.Classification, r.Iterations, r.Certificate.LambdaMin);
    }

    /// <summary>
    /// App. F's point for a* = (1, a, a, a): P′ (Ge et al.'s Eq. 6 for T = Σ a*_i e_i^⊗4, i.e. G's pair term without
    /// the regulariser R) on the product of unit spheres, certified with tolerance 1e-9; then Riemannian GD (step
    /// 0.01, 20 000 steps) from <paramref name="probes"/> random points at distance ~<paramref name="radius"/>: a
    /// local minimum pulls them back to its value, a saddle lets some escape to a lower one.
    /// </summary>
    private static SpuriousPointOutcome SpuriousPoint(double a, int probes = 10, double radius = 1e-3, int seed = 0)
    {
        var t = Tensors.LowRankSymmetricTensor.FromComponents(4, [1, a, a, a],
            new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } });
        var p = new Tensors.OrthogonalTensorObjective(t, 4);
        var manifold = new Manifolds.ProductOfSpheres(4, 4);
        double h = Math.Sqrt(0.5);
        var b = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, h, h };
        double value = p.Value(b);
        var cert = SecondOrderCertificate.Compute(new Oracle(p), manifold, b, new CertificateOptions(1e-9, 1e-9));
        var random = SeedStreams.Random(seed, "run");
        double lowest = double.PositiveInfinity;
        for (int k = 0; k < probes; k++)
        {
            var probe = b.Select(v => v + (radius * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1))).ToArray();
            manifold.ProjectToManifold(probe);
            var r = Minimizer.Run(new Oracle(p), manifold, new GradientDescent(0.01), probe, new MinimizerOptions
            {
                Seed = seed + k,
                Stop = StoppingRule.AfterIterations(20_000),
                TraceMaxRows = 16,
            });
            lowest = Math.Min(lowest, r.FinalValue);
        }

        return new SpuriousPointOutcome(a, value, cert.GradientNorm, cert.LambdaMin, cert.Classification, lowest);
    }

    /// <inheritdoc />
    public override LandscapeDesignSummary Analyze(LandscapeDesignSettings settings, IReadOnlyList<JobResult<LandscapeDesignJob, LandscapeDesignRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var simulations = results.Select(r => r.Record.Simulation).OfType<SimulationRecord>().ToList();
        var cells = settings.Simulations.Select(setting =>
        {
            var runs = simulations.Where(r => r.Key == setting.Key).ToList();
            var (e1, e3) = Statistics.Quartiles(runs.Select(r => r.FinalError));
            var (r1, r3) = Statistics.Quartiles(runs.Select(r => r.FinalRisk));
            return new SimulationCell(setting, runs, runs.Count(r => r.FinalError <= 0.05),
                Statistics.Median(runs.Select(r => r.FinalError)), e1, e3,
                Statistics.Median(runs.Select(r => r.FinalRisk)), r1, r3,
                runs.GroupBy(r => r.Classification).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                setting.Polish ? runs.Count(r => r.Polished?.Global == true) : null);
        }).ToList();
        var starts = results.Select(r => r.Record.RandomStart).OfType<RandomStartOutcome>().ToList();
        var spurious = results.Select(r => r.Record.Spurious).OfType<SpuriousPointOutcome>().Select(o =>
        {
            bool minimum = o.LambdaMin >= -1e-9 && o.LowestNearbyDescent >= o.Value - 1e-9;
            string verdict = minimum ? "spurious local minimum" : o.LambdaMin < -1e-9 ? "strict saddle" : "degenerate saddle (escapes)";
            return new SpuriousPointRow(o, minimum, verdict);
        }).ToList();
        var search = results.Select(r => r.Record.Search).OfType<SimulationRecord>().OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.StepSize).ToList();
        var summary = new LandscapeDesignSummary(settings, cells, starts,
            starts.Count(o => o.Error <= 1e-3 && o.Classification == Classification.LocalMinimum),
            starts.GroupBy(o => o.Classification.Name()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            spurious, search);
        return summary with { Verdicts = LandscapeDesignVerdicts.Decide(summary) };
    }

    /// <inheritdoc />
    public override string Report(LandscapeDesignSummary summary, ReportContext context) => LandscapeDesignReport.Write(summary, context);
}
