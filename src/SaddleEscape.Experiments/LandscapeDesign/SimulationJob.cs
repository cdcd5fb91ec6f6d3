namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>SGD with fresh samples on one setting for one seed, with the paper's plateau-then-decay schedule.</summary>
/// <param name="Setting">The setting.</param>
/// <param name="Dimension">d.</param>
/// <param name="Seed">Seed of the teacher, start and samples.</param>
/// <param name="Plateau">Iterations at η₀.</param>
/// <param name="DecayEvery">Iterations per decayed stage.</param>
/// <param name="Stages">Decays (×¼ each).</param>
/// <param name="CheckpointEvery">Iterations between checkpoints.</param>
public sealed record SimulationJob(LandscapeDesignSetting Setting, int Dimension, int Seed, long Plateau, long DecayEvery, int Stages, int CheckpointEvery);
