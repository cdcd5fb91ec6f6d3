using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>A job of the part "landscape": the checks beyond the simulations (Ge, Lee &amp; Ma 2018, Thm. 2.3 and App. F).</summary>
public abstract record LandscapeCheckJob : LandscapeDesignJob
{
    /// <summary>The part's name, for <c>--only</c>.</summary>
    public const string PartName = "landscape";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Part => PartName;
}
