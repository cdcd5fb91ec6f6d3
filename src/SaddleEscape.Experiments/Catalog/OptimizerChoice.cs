using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Optimizers;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// A catalogue optimiser given by its typed settings record, one method of a comparison, e.g.
/// <c>new(new PerturbedGradientDescentSettings(Radius: 0.1, GradientThreshold: 0.1, ValueThreshold: 0.01, EscapeWindow: 100))</c>.
/// The record's type names the optimiser (<see cref="OptimizerCatalog.For"/>). A setting the record leaves at its default
/// takes the problem's recommendation, as a key not given with <c>--opt</c> does; a setting that differs from its default is
/// the method's own and wins, as a given <c>--opt</c> key does (<see cref="OptimizerDefinition.Bind(IOptimizerSettings, CatalogProblem)"/>).
/// Stored in job JSON as the catalogue name and the record (<c>{"optimizer": "pgd", "settings": {…}}</c>).
/// </summary>
/// <param name="Settings">The settings record.</param>
[JsonConverter(typeof(OptimizerChoiceJsonConverter))]
public sealed record OptimizerChoice(IOptimizerSettings Settings)
{
    /// <summary>The catalogue entry of <see cref="Settings"/>'s type.</summary>
    public OptimizerDefinition Definition => OptimizerCatalog.For(Settings);

    /// <summary>The catalogue name ("pgd").</summary>
    public string Name => Definition.Name;

    /// <summary>The settings that differ from the record's defaults as <c>--opt</c> key=value items, in the record's order (the text reports print).</summary>
    public IReadOnlyList<string> Options => SettingsBinder.ChangedFromDefaults(Settings);

    /// <summary>Markdown for a report's settings line: <c>`pgd` `r=0.1` `g_thres=0.1`</c>; the name and <paramref name="whenNone"/> when no setting differs from its default.</summary>
    public string Markdown(string whenNone) =>
        $"`{Name}` {(Options.Count == 0 ? whenNone : string.Join(" ", Options.Select(o => $"`{o}`")))}";

    /// <summary>Builds the optimiser for <paramref name="problem"/>, its recommendations applied (<see cref="OptimizerDefinition.Create(IOptimizerSettings, CatalogProblem)"/>).</summary>
    public Optimizer Create(CatalogProblem problem) => Definition.Create(Settings, problem);
}
