using SaddleEscape.Problems;
using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>Settings of the landscape-design experiment: the simulations of Sec. 4 and the landscape checks.</summary>
/// <param name="Dimension">d of the simulations (paper: 50).</param>
/// <param name="Seeds">Seeds per simulated setting.</param>
/// <param name="Plateau">Iterations at η₀ (paper: 10 000).</param>
/// <param name="DecayEvery">Iterations between the ×¼ step-size decays (paper: 5 000).</param>
/// <param name="Stages">Decays.</param>
/// <param name="CheckpointEvery">Iterations between recorded (risk, e(Q)) checkpoints.</param>
/// <param name="Simulations">The simulated settings to run (those chosen with <c>--only</c>).</param>
/// <param name="Landscape">Whether the landscape part runs.</param>
/// <param name="LandscapeDimension">d of the random-start check on the population G.</param>
/// <param name="RandomStarts">Random starts on the population G.</param>
/// <param name="SpuriousA">The values a of App. F's a* = (1, a, a, a) to certify.</param>
/// <param name="BaseSeed">Seeds run from here.</param>
/// <param name="Quick">Whether this is the quick setting.</param>
public sealed record LandscapeDesignSettings(
    [property: Setting("dimension", "d of the simulations", Minimum = 2)] int Dimension,
    [property: Setting("seeds", "seeds per simulated setting", Minimum = 1)] int Seeds,
    [property: Setting("plateau", "iterations at η₀", Minimum = 1)] long Plateau,
    [property: Setting("decay_every", "iterations per ×¼ stage", Minimum = 1)] long DecayEvery,
    int Stages,
    int CheckpointEvery,
    IReadOnlyList<LandscapeDesignSetting> Simulations,
    bool Landscape,
    int LandscapeDimension,
    [property: Setting("random_starts", "random starts on the population G (landscape part)", Minimum = 1)] int RandomStarts,
    IReadOnlyList<double> SpuriousA,
    int BaseSeed,
    bool Quick)
{
    /// <summary>The four settings of Fig. 1–4 with the batch sizes of the quick or full setting.</summary>
    public static IReadOnlyList<LandscapeDesignSetting> AllSimulations(bool quick) =>
    [
        new("f-relu", "f, ReLU (Fig. 1)", SimulationObjective.F, ActivationKind.Relu, false, 256, 0.01),
        new("f-sigmoid", "f, sigmoid (Fig. 2)", SimulationObjective.F, ActivationKind.Sigmoid, false, 256, 0.05),
        new("fprime", "f′, ReLU teacher, unit rows (Fig. 3)", SimulationObjective.FPrime, ActivationKind.Relu, false, quick ? 512 : 8192, FprimeStepSize),
        new("fprime-centred", "f′ on centred labels y − ȳ − ĉᵀx (Fig. 3)", SimulationObjective.FPrime, ActivationKind.Relu, true, quick ? 512 : 8192, FprimeStepSize),
        new("G", "G, ReLU teacher (Fig. 4)", SimulationObjective.G, ActivationKind.Relu, false, quick ? 1024 : 262_144, GStepSize),
        new("G-centred", "G on centred labels y − ȳ − ĉᵀx (Fig. 4)", SimulationObjective.G, ActivationKind.Relu, true, quick ? 1024 : 262_144, GStepSize),
    ];

    /// <summary>Quick (d = 8, plateau 4 000, ×¼ every 1 000) or full (the paper's d = 50, 10 000 and 5 000).</summary>
    public static LandscapeDesignSettings For(bool quick, int seed) => quick
        ? new(8, 5, 4000, 1000, 2, 50, AllSimulations(true), true, 10, 100, [1.5, 1.9, 2.0, 2.1, 3.0], seed, true) { SearchSteps = 300 }
        : new(50, 5, 10_000, 5_000, 2, 250, AllSimulations(false), true, 10, 100, [1.5, 1.9, 2.0, 2.1, 3.0], seed, false);

    /// <summary>η₀ of f′ (Fig. 3) unless set: the step-size search's pick.</summary>
    public const double FprimeStepSize = 0.05;

    /// <summary>η₀ of G (Fig. 4) unless set: 1/160 = 1/(16λ), the step-size search's pick.</summary>
    public const double GStepSize = 1.0 / 160;

    /// <summary>η₀ of the f′ simulation.</summary>
    [Setting("fprime_step", "η₀ of f′ (choose it with the step-search part)")]
    public double FprimeStep { get; init; } = FprimeStepSize;

    /// <summary>η₀ of the f′ simulation on centred labels.</summary>
    [Setting("fprime_centred_step", "η₀ of f′ on centred labels (choose it with the step-search part)")]
    public double FprimeCenteredStep { get; init; } = FprimeStepSize;

    /// <summary>η₀ of the G simulation.</summary>
    [Setting("g_step", "η₀ of G (choose it with the step-search part)")]
    public double GStep { get; init; } = GStepSize;

    /// <summary>η₀ of the G simulation on centred labels.</summary>
    [Setting("g_centred_step", "η₀ of G on centred labels (choose it with the step-search part)")]
    public double GCenteredStep { get; init; } = GStepSize;

    /// <summary>Iterations of one simulated run.</summary>
    public long TotalIterations => Plateau + (Stages * DecayEvery);

    /// <summary>
    /// The step-size search (part "step-search"): η₀ candidates for both f′ settings and for G (only those among the
    /// simulations chosen with --only, when any is), each run for <see cref="SearchSteps"/> constant-η steps.
    /// </summary>
    [Setting("step_grid", "η₀ candidates of the step-search part (both f′ settings)")]
    public IReadOnlyList<double> StepGrid { get; init; } = [0.0125, 0.025, 0.05, 0.1, 0.2, 0.4, 0.8];

    /// <summary>
    /// η₀ candidates of the step-size search for G (Fig. 4's step is not stated in the paper; 1/160 = 1/(16λ), stable for GD
    /// on the population G, lets SGD at d = 50 blow up within a few hundred steps).
    /// </summary>
    [Setting("g_step_grid", "η₀ candidates of the step-search part for G (both label settings)")]
    public IReadOnlyList<double> GStepGrid { get; init; } = [1.0 / 160, 1.0 / 320, 1.0 / 640, 1.0 / 1280];

    /// <summary>The settings a step-size search can cover.</summary>
    public static IReadOnlyList<string> SearchableSettings { get; } = [.. AllSimulations(true).Where(x => x.RecoversFirstLayer).Select(x => x.Key)];

    /// <summary>The setting called <paramref name="key"/> (its user-facing name), with the quick setting's batch; an <see cref="ArgumentException"/> for an unknown name.</summary>
    public static LandscapeDesignSetting Named(string key) =>
        AllSimulations(true).FirstOrDefault(x => x.Key == key) ?? throw new ArgumentException($"landscape-design: unknown setting '{key}'", nameof(key));

    /// <summary>The settings the search covers when set with the <c>search</c> key (null: the --only simulations, else all).</summary>
    [Setting("search", "settings the step-search part covers (comma-separated)", DefaultText = "the --only simulations, else fprime,fprime-centred,G,G-centred")]
    public IReadOnlyList<string>? SearchSettings { get; init; }

    /// <summary>Steps per candidate of the search (at constant η, seed 0).</summary>
    [Setting("search_steps", "constant-η steps per step-search candidate (seed 0; judged on the validation risk)", Minimum = 1)]
    public long SearchSteps { get; init; } = 2_000;

    /// <summary>Whether the step-size search runs.</summary>
    public bool StepSearch { get; init; }
}
