namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>A step-size search candidate's constant-η run (<see cref="StepSearchJob"/>).</summary>
/// <param name="Run">The run: its <see cref="SimulationRecord.StepSize"/> is the candidate η₀, its final risk the selection criterion.</param>
public sealed record StepSearchRecord(SimulationRecord Run) : LandscapeDesignRecord;
