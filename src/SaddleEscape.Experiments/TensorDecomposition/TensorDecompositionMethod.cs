using SaddleEscape.Experiments.Catalog;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>A method compared on Ge et al.'s Eq. 6: a catalogue optimiser with its typed settings, or the tensor power method (<see cref="Optimizer"/> null).</summary>
/// <param name="Label">Name in tables and figures.</param>
/// <param name="Optimizer">The catalogue optimiser and its typed settings (the problem's recommendations apply to those left at their defaults), or null for the robust tensor power method.</param>
public sealed record TensorDecompositionMethod(string Label, OptimizerChoice? Optimizer)
{
    /// <summary>True for the tensor power method.</summary>
    [JsonIgnore]
    public bool IsPowerMethod => Optimizer is null;
}
