using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.LandscapeDesign;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The landscape-design job and record hierarchies: stored with a discriminator, read back as the type they were, and dispatched by type.</summary>
public sealed class LandscapeDesignJobTests
{
    private static readonly LandscapeDesignSetting Fprime = LandscapeDesignSettings.Named("fprime");

    private static readonly SimulationRecord Simulated = new("fprime", 2, [new CurveCheckpoint(0, 1.5, 0.9), new CurveCheckpoint(50, 0.25, 0.04)], 0.04, 0.25, "not-stationary", 51_200,
        new PolishOutcome("global (degenerate)", 1e-8, 1e-4, -1e-9, true), 0.03, 0.05);

    public static TheoryData<LandscapeDesignJob, string> Jobs => new()
    {
        { new SimulationJob(Fprime, 8, 3, 4000, 1000, 2, 50), "simulation" },
        { new StepSearchJob(Fprime with { StepSize = 0.1 }, 8, 300, 50), "step-search" },
        { new RandomStartJob(1003, 10), "random-start" },
        { new SpuriousPointJob(2.1, 0), "spurious-point" },
    };

    public static TheoryData<LandscapeDesignRecord, string> Records => new()
    {
        { Simulated, "simulation" },
        { new StepSearchRecord(Simulated with { Polished = null }), "step-search" },
        { new RandomStartRecord(new RandomStartOutcome(1003, 1e-7, Classification.LocalMinimum, 812, 0.31)), "random-start" },
        { new SpuriousPointRecord(new SpuriousPointOutcome(1.9, 2, 1e-15, -0.2, Classification.StrictSaddle, 1.2)), "spurious-point" },
    };

    /// <summary>A job stored through <see cref="ExperimentJson"/> as the base type carries its kind first and reads back as the same type, to the same bytes.</summary>
    [Theory]
    [MemberData(nameof(Jobs))]
    public void EveryJobTypeRoundTrips(LandscapeDesignJob job, string kind) => Assert.Equal(job.Part, RoundTrip(job, kind).Part);

    [Theory]
    [MemberData(nameof(Records))]
    public void EveryRecordTypeRoundTrips(LandscapeDesignRecord record, string kind) => RoundTrip(record, kind);

    private static TBase RoundTrip<TBase>(TBase value, string kind)
        where TBase : notnull => PartJson.RoundTrip(value, kind, "kind");

    /// <summary>
    /// A job and a record stored by version 2 (one record of nullable parts, no discriminator) do not fit the hierarchy:
    /// reading them gives the <see cref="System.Text.Json.JsonException"/> the store skips, not an internal error.
    /// </summary>
    [Fact]
    public void AVersionTwoJobOrRecordIsNotReadAsThisVersion()
    {
        const string job = """{"simulation":null,"random_start_seed":1000,"random_start_dimension":10,"spurious_a":null,"probe_seed":null,"search":null}""";
        const string record = """{"simulation":null,"random_start":{"seed":1000,"error":0,"classification":"local-minimum","iterations":5498,"lambda_min":0.8046673554052717},"spurious":null,"search":null}""";
        Assert.Throws<System.Text.Json.JsonException>(() => ExperimentJson.Deserialize<LandscapeDesignJob>(job));
        Assert.Throws<System.Text.Json.JsonException>(() => ExperimentJson.Deserialize<LandscapeDesignRecord>(record));
        Assert.Throws<System.Text.Json.JsonException>(() => ExperimentJson.Deserialize<LandscapeDesignJob>("""{"kind":"unknown","seed":1}"""));
        Assert.Equal(3, new LandscapeDesignExperiment().Version);
    }

    /// <summary>The parts users name with --only stay as they were; each job belongs to one of them.</summary>
    [Fact]
    public void PartsKeepTheirUserFacingNames()
    {
        var experiment = new LandscapeDesignExperiment();
        Assert.Equal(["f-relu", "f-sigmoid", "fprime", "fprime-centred", "G", "G-centred", "step-search", "landscape"], experiment.Parts);
        var jobs = experiment.Jobs(experiment.Settings(new ExperimentRequest(Path.GetTempPath(), Quick: true)));
        Assert.All(jobs, j => Assert.Contains(j.Part, experiment.Parts));
        Assert.Equal(["fprime", "fprime-centred", "G", "G-centred"], LandscapeDesignSettings.SearchableSettings);
        Assert.Equal(6 * 5, jobs.OfType<SimulationJob>().Count());
        Assert.Equal(100, jobs.OfType<RandomStartJob>().Count());
        Assert.Equal(5, jobs.OfType<SpuriousPointJob>().Count());
    }

    /// <summary>
    /// Each setting's typed problem is the one its catalogue strings built before the settings were typed (the same
    /// start and the same validation value, to the bit): the table below is that old mapping.
    /// </summary>
    [Theory]
    [InlineData("f-relu", "landscape-design-f", "activation=relu,teacher=identity")]
    [InlineData("f-sigmoid", "landscape-design-f", "activation=sigmoid,teacher=identity")]
    [InlineData("fprime", "landscape-design-f", "activation=relu,teacher=identity,objective=fprime")]
    [InlineData("fprime-centred", "landscape-design-f", "activation=relu,teacher=identity,objective=fprime,centre_labels=true")]
    [InlineData("G", "landscape-design-G", "teacher=identity,oracle=samples")]
    [InlineData("G-centred", "landscape-design-G", "teacher=identity,oracle=samples,centre_labels=true")]
    public void TypedSettingsBuildTheProblemsTheirOldStringsBuilt(string key, string problem, string items)
    {
        var typed = LandscapeDesignSettings.Named(key).CreateProblem(5, seed: 4);
        var catalogued = ProblemCatalog.Get(problem).Create(5, items.Split(','), 4).Instance;
        Assert.Equal(catalogued.Name, typed.Name);
        Assert.Equal(catalogued.Start, typed.Start);
        Assert.Equal(catalogued.Objective.Value(catalogued.Start), typed.Objective.Value(typed.Start));
        Assert.Equal(catalogued.Manifold.GetType(), typed.Manifold.GetType());
        Assert.NotNull(typed.Stochastic);
    }

    /// <summary>A polished SGD end point is named from its certificate and whether its risk is global.</summary>
    [Theory]
    [InlineData(Classification.LocalMinimum, true, "global (strict)")]
    [InlineData(Classification.LocalMinimum, false, "spurious local-min")]
    [InlineData(Classification.Degenerate, true, "global (degenerate)")]
    [InlineData(Classification.Degenerate, false, "non-global second-order point (degenerate)")]
    [InlineData(Classification.StrictSaddle, false, "strict-saddle")]
    public void PolishOutcomesAreNamedFromTheTypedResult(Classification classification, bool global, string verdict) =>
        Assert.Equal(verdict, PolishOutcome.From(new PopulationPolishResult(classification, 0.5, 0.1, -1e-3, global)).Verdict);
}
