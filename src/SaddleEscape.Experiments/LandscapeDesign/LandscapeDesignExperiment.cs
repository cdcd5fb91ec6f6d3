using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.LandscapeDesign;
using System.Globalization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>
/// Ge, Lee &amp; Ma 2018, Sec. 4 (Fig. 1–4): SGD with fresh samples on f (ReLU, sigmoid), f′ (with unit-row projection)
/// and the designed G, for a d-dimensional teacher with B* = I, a* = 1, noiseless; step η₀ for a plateau, then ×¼
/// every few thousand iterations (<see cref="StagedSgd"/>). Beyond the simulations: GD on the population G from many
/// random starts (Thm. 2.3, <see cref="PopulationGRandomStart"/>) and App. F's spurious local minimum of P′
/// (<see cref="SpuriousPointProbe"/>). The research procedures live in the core (<c>SaddleEscape.LandscapeDesign</c>);
/// this class builds the jobs, calls them, and stores and analyses the records.
/// </summary>
public sealed class LandscapeDesignExperiment : Experiment<LandscapeDesignSettings, LandscapeDesignJob, LandscapeDesignRecord, LandscapeDesignSummary>
{
    /// <inheritdoc />
    public override string Name => "landscape-design";

    /// <inheritdoc />
    public override string Title => "Learning a one-hidden-layer network: f stalls, f′ and the designed G recover B* (Ge, Lee & Ma 2018)";

    /// <inheritdoc />
    public override int Version => 3;

    /// <inheritdoc />
    public override IReadOnlyList<string> Parts { get; } = [.. LandscapeDesignSettings.AllSimulations(true).Select(s => s.Key), StepSearchJob.PartName, LandscapeCheckJob.PartName];

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

        var steps = s.Simulations.Select(x => (x.Objective, x.CenteredLabels) switch
        {
            (SimulationObjective.FPrime, false) => x with { StepSize = s.FprimeStep },
            (SimulationObjective.FPrime, true) => x with { StepSize = s.FprimeCenteredStep },
            (SimulationObjective.G, false) => x with { StepSize = s.GStep },
            (SimulationObjective.G, true) => x with { StepSize = s.GCenteredStep },
            _ => x,
        });
        return s with
        {
            Simulations = steps.Where(x => request.Runs(x.Key)).ToList(),
            Landscape = request.Runs(LandscapeCheckJob.PartName),
            StepSearch = request.Runs(StepSearchJob.PartName),
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
                    select (LandscapeDesignJob)new SimulationJob(setting, settings.Dimension, seed, settings.Plateau, settings.DecayEvery, settings.Stages, settings.CheckpointEvery)).ToList();
        if (settings.StepSearch)
        {
            // Seed 0 for every candidate; judged on the problem's deterministic value (f′: the held-out 5 000 samples; G: the
            // population G in closed form), never e(Q).
            // The searched settings: the `search` key, else those of the simulations chosen with --only, else all of them.
            var chosen = settings.SearchSettings ?? settings.Simulations.Where(x => x.RecoversFirstLayer).Select(x => x.Key).ToList();
            jobs.AddRange(from setting in LandscapeDesignSettings.AllSimulations(settings.Quick).Where(x => x.RecoversFirstLayer && (chosen.Count == 0 || chosen.Contains(x.Key)))
                          from eta in setting.Designed ? settings.GStepGrid : settings.StepGrid
                          select new StepSearchJob(setting with { StepSize = eta }, settings.Dimension, settings.SearchSteps, settings.CheckpointEvery));
        }

        if (settings.Landscape)
        {
            jobs.AddRange(Enumerable.Range(0, settings.RandomStarts).Select(i => new RandomStartJob(1000 + settings.BaseSeed + i, settings.LandscapeDimension)));
            jobs.AddRange(settings.SpuriousA.Select(a => new SpuriousPointJob(a, settings.BaseSeed)));
        }

        return jobs;
    }

    /// <inheritdoc />
    protected override string PartOf(LandscapeDesignJob job) => job.Part;

    /// <inheritdoc />
    protected override string LabelOf(LandscapeDesignJob job) => job.Label;

    /// <inheritdoc />
    protected override double WeightOf(LandscapeDesignJob job) => job.Weight;

    /// <inheritdoc />
    public override LandscapeDesignRecord Run(LandscapeDesignJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        context ??= JobContext.None;
        return job switch
        {
            SimulationJob s => Simulate(s.Setting, s.Dimension, s.Seed, s.Schedule, context),
            StepSearchJob s => new StepSearchRecord(Simulate(s.Setting, s.Dimension, StepSearchJob.Seed, s.Schedule, context)),
            RandomStartJob r => new RandomStartRecord(PopulationGRandomStart.Run(r.Dimension, r.Seed)),
            SpuriousPointJob p => new SpuriousPointRecord(SpuriousPointProbe.Run(p.A, seed: p.ProbeSeed)),
            _ => throw new ArgumentException($"landscape-design: no procedure for a {job.GetType().Name}", nameof(job)),
        };
    }

    /// <summary>
    /// <see cref="StagedSgd"/> on the setting's problem; for ReLU f the end point polished on the exact population risk
    /// (<see cref="PopulationPolish"/>), for f′ and G App. D's a* recovery from the final B (<see cref="OutputWeightRecovery"/>).
    /// </summary>
    private static SimulationRecord Simulate(LandscapeDesignSetting setting, int dimension, int seed, StagedSgdSettings schedule, JobContext context)
    {
        var instance = setting.CreateProblem(dimension, seed);
        long total = schedule.TotalIterations;
        var run = StagedSgd.Run(instance, schedule, seed,
            step => context.Report((double)step / total, string.Create(CultureInfo.InvariantCulture, $"seed {seed}, step {step}")),
            context.Cancellation);
        var polished = setting.Polish ? PolishOutcome.From(PopulationPolish.Run(instance, SimulationTeacher.Create(dimension), run.X, seed)) : null;
        // f′'s point is (a, B): App. D reads B; G's point is B.
        double? aError = setting.RecoversFirstLayer ? OutputWeightRecovery.RelativeError(setting.Designed ? run.X : run.X.AsSpan(dimension), dimension, seed) : null;
        return new SimulationRecord(setting.Key, seed, run.Curve, run.FinalError, run.FinalValue, run.Certificate?.Classification.Name() ?? "—", run.SampleGradients, polished, aError, setting.StepSize);
    }

    /// <inheritdoc />
    public override LandscapeDesignSummary Analyze(LandscapeDesignSettings settings, IReadOnlyList<JobResult<LandscapeDesignJob, LandscapeDesignRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var simulations = results.Select(r => r.Record).OfType<SimulationRecord>().ToList();
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
        var starts = results.Select(r => r.Record).OfType<RandomStartRecord>().Select(r => r.Outcome).ToList();
        var spurious = results.Select(r => r.Record).OfType<SpuriousPointRecord>().Select(r => r.Outcome).Select(o =>
        {
            bool minimum = o.LambdaMin >= -1e-9 && o.LowestNearbyDescent >= o.Value - 1e-9;
            string verdict = minimum ? "spurious local minimum" : o.LambdaMin < -1e-9 ? "strict saddle" : "degenerate saddle (escapes)";
            return new SpuriousPointRow(o, minimum, verdict);
        }).ToList();
        var search = results.Select(r => r.Record).OfType<StepSearchRecord>().Select(r => r.Run).OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.StepSize).ToList();
        var summary = new LandscapeDesignSummary(settings, cells, starts,
            starts.Count(o => o.Error <= 1e-3 && o.Classification == Classification.LocalMinimum),
            starts.GroupBy(o => o.Classification.Name()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            spurious, search);
        return summary with { Verdicts = LandscapeDesignVerdicts.Decide(summary) };
    }

    /// <inheritdoc />
    public override string Report(LandscapeDesignSummary summary, ReportContext context) => LandscapeDesignReport.Write(summary, context);
}
