using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>One job of the landscape-design experiment: exactly one of a simulation, a random start on G, or App. F's point for one a.</summary>
/// <param name="Simulation">SGD on f, f′ or G (Fig. 1–4).</param>
/// <param name="RandomStartSeed">GD on the population G from this seed's random start and random orthogonal B* (Thm. 2.3).</param>
/// <param name="RandomStartDimension">d of that random start.</param>
/// <param name="SpuriousA">App. F's point certified for a* = (1, a, a, a).</param>
/// <param name="ProbeSeed">Seed of the random probes around App. F's point.</param>
/// <param name="Search">A step-size search candidate: a short constant-η run of an f′ setting, judged on the validation risk.</param>
public sealed record LandscapeDesignJob(SimulationJob? Simulation = null, int? RandomStartSeed = null, int? RandomStartDimension = null, double? SpuriousA = null, int? ProbeSeed = null, SimulationJob? Search = null)
{
    /// <summary>The part (for <c>--only</c> and timings): the setting's key, "step-search", or "landscape".</summary>
    [JsonIgnore]
    public string Part => Search is not null ? "step-search" : Simulation?.Setting.Key ?? "landscape";
}
