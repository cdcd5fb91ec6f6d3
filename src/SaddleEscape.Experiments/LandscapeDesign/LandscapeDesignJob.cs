using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>
/// One job of the landscape-design experiment (Ge, Lee &amp; Ma 2018): a simulation, a step-size search candidate, a random
/// start on the population G, or App. F's point for one a, each its own type; stored with a <c>kind</c> discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SimulationJob), "simulation")]
[JsonDerivedType(typeof(StepSearchJob), "step-search")]
[JsonDerivedType(typeof(RandomStartJob), "random-start")]
[JsonDerivedType(typeof(SpuriousPointJob), "spurious-point")]
public abstract record LandscapeDesignJob
{
    /// <summary>The part it belongs to (for <c>--only</c> and timings): a simulated setting's key, "step-search" or "landscape".</summary>
    [JsonIgnore]
    public abstract string Part { get; }

    /// <summary>What progress lines call it.</summary>
    [JsonIgnore]
    public abstract string Label { get; }

    /// <summary>Its relative cost, for planning (sample gradients × d / 2·10⁴ for SGD runs, 1 otherwise).</summary>
    [JsonIgnore]
    public virtual double Weight => 1;
}
