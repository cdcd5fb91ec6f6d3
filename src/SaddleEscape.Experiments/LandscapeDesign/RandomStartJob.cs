using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>GD on the population G from this seed's random start and random orthogonal B* (Ge, Lee &amp; Ma 2018, Thm. 2.3).</summary>
/// <param name="Seed">Seed of the teacher and the start.</param>
/// <param name="Dimension">d.</param>
public sealed record RandomStartJob(int Seed, int Dimension) : LandscapeCheckJob
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Label => "GD on population G";
}
