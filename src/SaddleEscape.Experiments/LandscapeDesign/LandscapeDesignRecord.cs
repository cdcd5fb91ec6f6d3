using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>
/// What one landscape-design job produced (Ge, Lee &amp; Ma 2018), one type per part: a simulated run, a step-size search
/// candidate's run, a random start on the population G, or App. F's point; stored with a <c>kind</c> discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SimulationRecord), "simulation")]
[JsonDerivedType(typeof(StepSearchRecord), "step-search")]
[JsonDerivedType(typeof(RandomStartRecord), "random-start")]
[JsonDerivedType(typeof(SpuriousPointRecord), "spurious-point")]
public abstract record LandscapeDesignRecord;
