namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>What one landscape-design job produced (the field of its kind is set).</summary>
/// <param name="Simulation">A simulated run.</param>
/// <param name="RandomStart">A random start on the population G.</param>
/// <param name="Spurious">App. F's point for one a.</param>
/// <param name="Search">A step-size search candidate's run.</param>
public sealed record LandscapeDesignRecord(SimulationRecord? Simulation = null, RandomStartOutcome? RandomStart = null, SpuriousPointOutcome? Spurious = null, SimulationRecord? Search = null);
