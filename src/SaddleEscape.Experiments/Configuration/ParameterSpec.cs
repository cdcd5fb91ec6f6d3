namespace SaddleEscape.Experiments.Configuration;

/// <summary>One documented key=value parameter of a problem or optimiser.</summary>
/// <param name="Key">The key, snake_case.</param>
/// <param name="Default">Default value as text ("auto" where it is derived from the problem).</param>
/// <param name="Description">One line: meaning, units, and the paper symbol.</param>
public sealed record ParameterSpec(string Key, string Default, string Description);
