namespace SaddleEscape.Problems;

/// <summary>The parameters of a family that has none.</summary>
public sealed record NoParameters;
