namespace SaddleEscape.Experiments.LevelSets;

/// <summary>One pair of end points trained to E ≤ u₀ and the string between them.</summary>
/// <param name="Model">cubic or teacher.</param>
/// <param name="Level">u₀.</param>
/// <param name="Pair">Pair index (its end points' seeds).</param>
/// <param name="DataSeed">Seed of the data.</param>
/// <param name="MaxBeads">Bead budget.</param>
/// <param name="TrainSteps">Training budget per end point.</param>
public sealed record LevelSetsJob(string Model, double Level, int Pair, int DataSeed, int MaxBeads, int TrainSteps);
