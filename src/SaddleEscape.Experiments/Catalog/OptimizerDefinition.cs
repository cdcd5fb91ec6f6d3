using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Optimizers;
using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// A catalogue entry for an optimiser: documentation, its settings record (whose settings, with their one default each, are
/// the <c>--opt</c> parameters), optional extra parameters that are not settings (e.g. PGD's <c>mode=theory</c> inputs), and
/// a factory from the typed settings.
/// </summary>
/// <param name="Name">Catalogue name.</param>
/// <param name="Summary">One line on what it does.</param>
/// <param name="Reference">Paper (author–year) and algorithm number.</param>
/// <param name="SettingsType">The settings record.</param>
/// <param name="Factory">Builds the optimiser from the typed settings (step size and ρ filled from the problem where "auto"), the parsed text (for extra keys) and the problem.</param>
/// <param name="Extra">Parameters that are not in the settings record, with their defaults.</param>
public sealed record OptimizerDefinition(
    string Name, string Summary, string Reference, Type SettingsType,
    Func<IOptimizerSettings, KeyValueSettings, CatalogProblem, Optimizer> Factory, IReadOnlyList<ParameterSpec>? Extra = null)
{
    /// <summary>Its parameters with defaults ("auto" = derived from the problem): the settings record's, then the extra ones.</summary>
    public IReadOnlyList<ParameterSpec> Parameters => [.. SettingsBinder.Specs(SettingsType), .. Extra ?? []];

    /// <summary>Parses <paramref name="items"/> (key=value) plus the problem's recommendations and builds the optimiser; one clear <see cref="ArgumentException"/> on bad input.</summary>
    public Optimizer Create(IEnumerable<string> items, CatalogProblem problem)
    {
        var bound = Parse(items, problem);
        return Factory(bound.Settings, bound.Given, problem);
    }

    /// <summary>
    /// Builds the optimiser from the typed <paramref name="settings"/> (of <see cref="SettingsType"/>) with the problem's
    /// recommendations applied as <see cref="Create(IEnumerable{string}, CatalogProblem)"/> applies them to the key=value
    /// items that differ from the defaults (<see cref="Bind(IOptimizerSettings, CatalogProblem)"/>); the practical mode.
    /// </summary>
    public Optimizer Create(IOptimizerSettings settings, CatalogProblem problem)
    {
        var bound = Bind(settings, problem);
        return Factory(bound.Settings, bound.Given, problem);
    }

    /// <summary>
    /// The settings the factory reads: the record's defaults, the problem's recommendations, then the given items; "auto"
    /// step size and ρ are filled in from the problem (its suggested step, its ρ or 1), as the catalogue always has.
    /// </summary>
    public BoundOptimizerSettings Parse(IEnumerable<string> items, CatalogProblem problem)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(problem);
        var given = KeyValueSettings.Parse($"optimizer {Name}", items, Parameters);
        return Bound(given, given.Has, recommended => SettingsBinder.Bind(given, recommended), problem);
    }

    /// <summary>
    /// The typed twin of <see cref="Parse"/>: the settings of <paramref name="settings"/> that differ from the record's
    /// defaults play the given items (they win over the problem's recommendations); those left at their defaults take the
    /// recommendations; "auto" step size and ρ are filled in from the problem. The extra keys (PGD's <c>mode</c>) keep their
    /// defaults. A setting given equal to its default is indistinguishable from one not given, so it takes the
    /// recommendation where the problem makes one.
    /// </summary>
    public BoundOptimizerSettings Bind(IOptimizerSettings settings, CatalogProblem problem)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(problem);
        if (settings.GetType() != SettingsType)
        {
            throw new ArgumentException($"optimizer {Name} takes {SettingsType.Name}, not {settings.GetType().Name}", nameof(settings));
        }

        var own = SettingsSchema.Differences(settings, SettingsSchema.Defaults(SettingsType));
        var keys = own.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        return Bound(
            KeyValueSettings.Defaults($"optimizer {Name}", Parameters), keys.Contains,
            recommended => SettingsSchema.With(recommended, own.Select(s => new KeyValuePair<SettingDescriptor, object?>(s, s.ValueIn(settings)))),
            problem);
    }

    /// <summary>Defaults → the problem's recommendations → <paramref name="own"/> values → "auto" filled from the problem.</summary>
    private BoundOptimizerSettings Bound(KeyValueSettings given, Func<string, bool> isOwn, Func<IOptimizerSettings, IOptimizerSettings> own, CatalogProblem problem)
    {
        var defaults = (IOptimizerSettings)SettingsSchema.Defaults(SettingsType);
        var recommended = problem.Instance.Recommended(defaults);
        var settings = own(recommended);
        var used = SettingsSchema.Differences(recommended, defaults)
            .Where(s => !isOwn(s.Key))
            .Select(s => $"{s.Key}={SettingsSchema.Format(s.ValueIn(recommended))}")
            .ToArray();
        return new BoundOptimizerSettings(given, FromProblem(settings, problem), used);
    }

    /// <summary>"auto" step size → the problem's suggested step; "auto" ρ → the problem's ρ, else 1.</summary>
    private static IOptimizerSettings FromProblem(IOptimizerSettings settings, CatalogProblem problem)
    {
        var fill = new List<KeyValuePair<SettingDescriptor, object?>>();
        foreach (var s in SettingsSchema.Of(settings.GetType()).Where(s => s.ValueIn(settings) is null))
        {
            object? value = s.Key switch
            {
                "step_size" => SuggestedStep(problem),
                "rho" => problem.Instance.Smoothness?.HessianLipschitz ?? 1,
                _ => null,
            };
            if (value is not null)
            {
                fill.Add(new(s, value));
            }
        }

        return fill.Count == 0 ? settings : SettingsSchema.With(settings, fill);
    }

    /// <summary>
    /// The problem's suggested step; when its settings make that unusable (e.g. --set scale=1e308 gives ℓ = ∞), one line
    /// naming those settings — not step_size, which the user never set.
    /// </summary>
    private static double SuggestedStep(CatalogProblem problem)
    {
        double suggested = problem.Instance.SuggestedStepSize;
        if (suggested > 0 && double.IsFinite(suggested))
        {
            return suggested;
        }

        var defaults = ProblemCatalog.All.FirstOrDefault(d => d.Name == problem.Instance.Name)?.Parameters.ToDictionary(q => q.Key, q => q.Default, StringComparer.Ordinal) ?? [];
        var changed = problem.Settings.Where(kv => !defaults.TryGetValue(kv.Key, out var d) || d != kv.Value).Select(kv => $"{kv.Key}={kv.Value}").ToList();
        throw new ArgumentException(FormattableString.Invariant(
            $"problem {problem.Instance.Name}{(changed.Count > 0 ? $" with --set {string.Join(" ", changed)}" : "")} suggests the step size {suggested}, which no optimizer can use; make those settings moderate or give --opt step_size=VALUE"));
    }
}
