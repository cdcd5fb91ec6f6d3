using SaddleEscape.LandscapeDesign;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>SGD with fresh samples on one setting for one seed, with the paper's plateau-then-decay schedule (Ge, Lee &amp; Ma 2018, Sec. 4).</summary>
/// <param name="Setting">The setting.</param>
/// <param name="Dimension">d.</param>
/// <param name="Seed">Seed of the teacher, start and samples.</param>
/// <param name="Plateau">Iterations at η₀.</param>
/// <param name="DecayEvery">Iterations per decayed stage.</param>
/// <param name="Stages">Decays (×¼ each).</param>
/// <param name="CheckpointEvery">Iterations between checkpoints.</param>
public sealed record SimulationJob(LandscapeDesignSetting Setting, int Dimension, int Seed, long Plateau, long DecayEvery, int Stages, int CheckpointEvery) : LandscapeDesignJob
{
    /// <summary>The part: the setting's key (f-relu, f-sigmoid, fprime, fprime-centred, G, G-centred).</summary>
    [JsonIgnore]
    public override string Part => Setting.Key;

    /// <inheritdoc />
    [JsonIgnore]
    public override string Label => Setting.Label;

    /// <summary>The staged-SGD schedule it runs.</summary>
    [JsonIgnore]
    public StagedSgdSettings Schedule => new(Setting.StepSize, Setting.BatchSize, Plateau, DecayEvery, Stages, CheckpointEvery);

    /// <inheritdoc />
    [JsonIgnore]
    public override double Weight => Schedule.TotalIterations * (double)Setting.BatchSize * Dimension / 2e4;
}
