using SaddleEscape.Problems;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>One simulated setting of Ge, Lee &amp; Ma 2018, Sec. 4 (one of Fig. 1–4): what is trained, typed, and its SGD batch and step.</summary>
/// <param name="Key">Its user-facing name (<c>--only</c> part, CSV <c>setting</c> column): f-relu, f-sigmoid, fprime, fprime-centred, G, G-centred.</param>
/// <param name="Label">Figure label, e.g. "f, ReLU (Fig. 1)".</param>
/// <param name="Objective">f, f′ or G.</param>
/// <param name="Activation">The teacher's activation (and, for f, the student's).</param>
/// <param name="CenteredLabels">Whether SGD trains on labels y − ȳ − ĉᵀx (f′ and G only: their minimisers are unchanged).</param>
/// <param name="BatchSize">Fresh samples per SGD step.</param>
/// <param name="StepSize">Initial step size η₀.</param>
public sealed record LandscapeDesignSetting(string Key, string Label, SimulationObjective Objective, ActivationKind Activation, bool CenteredLabels, int BatchSize, double StepSize)
{
    /// <summary>Whether each end point is polished on the exact population risk: the plain f with ReLU, whose closed form we have.</summary>
    [JsonIgnore]
    public bool Polish => Objective == SimulationObjective.F && Activation == ActivationKind.Relu;

    /// <summary>Whether this trains the designed objective G (whose point is B alone, and whose step-search grid is its own).</summary>
    [JsonIgnore]
    public bool Designed => Objective == SimulationObjective.G;

    /// <summary>Whether it trains f′ or G, the objectives built to recover B* (Sec. 2): the step-size search covers it and App. D's a* recovery is measured on it.</summary>
    [JsonIgnore]
    public bool RecoversFirstLayer => Objective != SimulationObjective.F;

    /// <summary>
    /// The problem it trains, with the identity teacher (B* = I, a* = 1) and the sample oracle: <c>landscape-design-f</c>
    /// (f or f′) or <c>landscape-design-G</c> with <c>oracle=samples</c>; <paramref name="seed"/> draws the start and the
    /// validation and centring samples.
    /// </summary>
    public ProblemInstance CreateProblem(int dimension, int seed) => Objective switch
    {
        SimulationObjective.G => new LandscapeDesignGFamily().Create(dimension, new LandscapeDesignGParameters
        {
            Activation = Activation,
            Teacher = TeacherFirstLayer.Identity,
            Oracle = ObjectiveOracle.Samples,
            CenterLabels = CenteredLabels,
        }, seed),
        _ => new LandscapeDesignFFamily().Create(dimension, new LandscapeDesignFParameters
        {
            Activation = Activation,
            Teacher = TeacherFirstLayer.Identity,
            Objective = Objective == SimulationObjective.FPrime ? StudentObjective.FPrime : StudentObjective.F,
            CenterLabels = CenteredLabels,
        }, seed),
    };
}
