using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// A core <see cref="ProblemFamily"/> as the command line meets it: its <c>--set</c> parameters are its typed parameters
/// record's settings (keys, defaults and descriptions read from the record), parsed from key=value text.
/// </summary>
public sealed class ProblemDefinition(ProblemFamily family)
{
    /// <summary>The core family.</summary>
    public ProblemFamily Family { get; } = family ?? throw new ArgumentNullException(nameof(family));

    /// <summary>Catalogue name (kebab-case).</summary>
    public string Name => Family.Name;

    /// <summary>One line on what it is.</summary>
    public string Summary => Family.Summary;

    /// <summary>Paper (author–year) and equation it implements.</summary>
    public string Reference => Family.Reference;

    /// <summary>One line on the known answer.</summary>
    public string GroundTruthSummary => Family.GroundTruthSummary;

    /// <summary>Dimension used when none is given.</summary>
    public int DefaultDimension => Family.DefaultDimension;

    /// <summary>Its <c>--set</c> parameters, each with its one default (from the parameters record).</summary>
    public IReadOnlyList<ParameterSpec> Parameters => SettingsBinder.Specs(Family.ParametersType);

    /// <summary>Parses <paramref name="items"/> (key=value) against <see cref="Parameters"/>.</summary>
    public KeyValueSettings ParseSettings(IEnumerable<string> items) => KeyValueSettings.Parse($"problem {Name}", items, Parameters);

    /// <summary>The typed parameters <paramref name="items"/> give (defaults for the rest).</summary>
    public object ParametersFrom(IEnumerable<string> items) => SettingsBinder.Bind(ParseSettings(items), Family.DefaultParameters);

    /// <summary>Builds an instance from key=value items; <paramref name="seed"/> drives the random start and instance.</summary>
    public CatalogProblem Create(int dimension, IEnumerable<string> items, int seed) => Create(dimension, ParseSettings(items), seed);

    /// <summary>
    /// Builds an instance; one clear <see cref="ArgumentException"/> on bad settings, and (unless <c>--force</c>) one before
    /// anything is allocated when <see cref="Footprint"/> is over the memory limit (<see cref="ResourceLimits.RequireMemory"/>).
    /// </summary>
    public CatalogProblem Create(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var parameters = SettingsBinder.Bind(settings, Family.DefaultParameters);
        if (dimension >= 1)
        {
            var footprint = Family.Footprint(dimension, parameters);
            ResourceLimits.RequireMemory($"problem {Name} at d = {dimension} ({footprint.Describe()})", footprint.Bytes);
        }

        return new CatalogProblem(Family.Create(dimension, parameters, seed), settings.Effective);
    }

    /// <summary>What an instance at <paramref name="dimension"/> with <paramref name="settings"/> costs (<see cref="ProblemFamily.Footprint"/>).</summary>
    public ProblemFootprint Footprint(int dimension, KeyValueSettings settings) => Family.Footprint(dimension, SettingsBinder.Bind(settings, Family.DefaultParameters));

    /// <summary>The optimiser settings the family recommends with default parameters, as "settings type → key=value items".</summary>
    public IReadOnlyList<(Type SettingsType, IReadOnlyList<string> Items)> DefaultRecommendations() =>
        Family.Recommendations(Family.DefaultParameters)
            .Select(r => (r.SettingsType, SettingsBinder.ChangedFromDefaults(r.Apply((Optimizers.IOptimizerSettings)Settings.SettingsSchema.Defaults(r.SettingsType)))))
            .ToArray();
}
