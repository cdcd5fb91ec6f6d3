using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>App. F's point of Ge, Lee &amp; Ma 2018 certified for a* = (1, a, a, a), with descent probes around it.</summary>
/// <param name="A">a.</param>
/// <param name="ProbeSeed">Seed of the random probes.</param>
public sealed record SpuriousPointJob(double A, int ProbeSeed) : LandscapeCheckJob
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Label => "App. F point";
}
