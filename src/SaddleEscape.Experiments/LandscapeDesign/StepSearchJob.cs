using SaddleEscape.LandscapeDesign;
using System.Globalization;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>
/// A step-size search candidate: <paramref name="Steps"/> constant-η SGD steps of <paramref name="Setting"/> (its
/// <see cref="LandscapeDesignSetting.StepSize"/> the candidate η₀) from seed 0's start, judged on the problem's
/// deterministic value (f′: held-out validation risk; G: the population G), never e(Q).
/// </summary>
/// <param name="Setting">The setting, at the candidate η₀.</param>
/// <param name="Dimension">d.</param>
/// <param name="Steps">Constant-η steps.</param>
/// <param name="CheckpointEvery">Iterations between checkpoints.</param>
public sealed record StepSearchJob(LandscapeDesignSetting Setting, int Dimension, long Steps, int CheckpointEvery) : LandscapeDesignJob
{
    /// <summary>The part's name, for <c>--only</c>.</summary>
    public const string PartName = "step-search";

    /// <summary>The seed every candidate runs with.</summary>
    public const int Seed = 0;

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;

    /// <inheritdoc />
    [JsonIgnore]
    public override string Label => string.Create(CultureInfo.InvariantCulture, $"step search {Setting.Key} η₀ = {Setting.StepSize}");

    /// <summary>The schedule it runs: a plateau of <see cref="Steps"/> at η₀ and no decay.</summary>
    [JsonIgnore]
    public StagedSgdSettings Schedule => new(Setting.StepSize, Setting.BatchSize, Steps, 1, 0, CheckpointEvery);

    /// <inheritdoc />
    [JsonIgnore]
    public override double Weight => Schedule.TotalIterations * (double)Setting.BatchSize * Dimension / 2e4;
}
