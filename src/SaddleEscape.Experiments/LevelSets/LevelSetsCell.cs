namespace SaddleEscape.Experiments.LevelSets;

/// <summary>The strings of one model at one level.</summary>
/// <param name="Model">cubic or teacher.</param>
/// <param name="Level">u₀.</param>
/// <param name="Strings">Strings run (pairs whose end points reached the level).</param>
/// <param name="Connected">Of those, connected within the bead budget.</param>
/// <param name="MedianLength">Median normalised length of the connected ones.</param>
/// <param name="LowerLength">Its first quartile.</param>
/// <param name="UpperLength">Its third quartile.</param>
/// <param name="MedianBeads">Median beads inserted.</param>
public sealed record LevelSetsCell(string Model, double Level, int Strings, int Connected, double MedianLength, double LowerLength, double UpperLength, double MedianBeads);
