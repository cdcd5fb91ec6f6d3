namespace SaddleEscape.Experiments.OctopusEscape;

/// <summary>One method compared on the octopus: a catalogue optimiser and its <c>--opt</c> settings.</summary>
/// <param name="Optimizer">Catalogue name.</param>
/// <param name="Options">key=value items.</param>
public sealed record OctopusEscapeMethod(string Optimizer, IReadOnlyList<string> Options);
