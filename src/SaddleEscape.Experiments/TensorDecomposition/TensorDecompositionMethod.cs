using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>A method compared on Ge et al.'s Eq. 6: a catalogue optimiser with options, or the tensor power method (<see cref="Optimizer"/> null).</summary>
/// <param name="Label">Name in tables and figures.</param>
/// <param name="Optimizer">Catalogue optimiser, or null for the robust tensor power method.</param>
/// <param name="Options">Its <c>--opt</c> items (on top of the problem's recommendations).</param>
public sealed record TensorDecompositionMethod(string Label, string? Optimizer, IReadOnlyList<string> Options)
{
    /// <summary>True for the tensor power method.</summary>
    [JsonIgnore]
    public bool IsPowerMethod => Optimizer is null;
}
