using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>
/// Settings a problem recommends for one optimiser, as a typed change of its settings record (e.g. a larger perturbation
/// radius for a problem whose saddles are wide); applied to the defaults, after which a caller's own values win.
/// </summary>
public sealed class OptimizerRecommendation
{
    private readonly Func<IOptimizerSettings, IOptimizerSettings> _apply;

    private OptimizerRecommendation(Type settingsType, Func<IOptimizerSettings, IOptimizerSettings> apply, string why)
    {
        SettingsType = settingsType;
        _apply = apply;
        Why = why;
    }

    /// <summary>The optimiser settings record it changes.</summary>
    public Type SettingsType { get; }

    /// <summary>One line: why the problem recommends it.</summary>
    public string Why { get; }

    /// <summary>A recommendation for <typeparamref name="TSettings"/>: <paramref name="apply"/> maps settings to the recommended ones.</summary>
    public static OptimizerRecommendation For<TSettings>(Func<TSettings, TSettings> apply, string why)
        where TSettings : class, IOptimizerSettings
    {
        ArgumentNullException.ThrowIfNull(apply);
        return new OptimizerRecommendation(typeof(TSettings), s => apply((TSettings)s), why);
    }

    /// <summary>Applies the recommendation to <paramref name="settings"/> (of <see cref="SettingsType"/>).</summary>
    public IOptimizerSettings Apply(IOptimizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetType() == SettingsType
            ? _apply(settings)
            : throw new ArgumentException($"this recommendation is for {SettingsType.Name}, not {settings.GetType().Name}", nameof(settings));
    }
}
