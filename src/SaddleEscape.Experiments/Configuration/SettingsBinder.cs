using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.Configuration;

/// <summary>
/// Turns key=value text (<c>--set</c>, <c>--opt</c>, sweep files) into a typed settings record: the keys, descriptions and
/// defaults come from the record (<see cref="SettingsSchema"/>), the text is read by <see cref="KeyValueSettings"/>'s rules,
/// and every failure is one <see cref="ArgumentException"/> naming the owner and the key.
/// </summary>
public static class SettingsBinder
{
    /// <summary>The record's settings as documented parameters (key, default text, description).</summary>
    public static IReadOnlyList<ParameterSpec> Specs(Type settingsType) =>
        SettingsSchema.Of(settingsType).Select(s => new ParameterSpec(s.Key, s.DefaultText, Describe(s))).ToArray();

    /// <summary>
    /// <paramref name="baseSettings"/> with every key of <paramref name="given"/> that the record declares replaced by its
    /// parsed value (keys the record does not declare are left to the caller).
    /// </summary>
    public static T Bind<T>(KeyValueSettings given, T baseSettings) where T : class
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(baseSettings);
        var values = SettingsSchema.Of(baseSettings.GetType())
            .Where(s => given.Has(s.Key))
            .Select(s => new KeyValuePair<SettingDescriptor, object?>(s, Read(given, s)))
            .ToList();
        return values.Count == 0 ? baseSettings : SettingsSchema.With(baseSettings, values);
    }

    /// <summary>The settings' keys whose values differ from the record's defaults, as key=value text.</summary>
    public static IReadOnlyList<string> ChangedFromDefaults(object settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = SettingsSchema.Defaults(settings.GetType());
        return SettingsSchema.Differences(settings, defaults).Select(s => $"{s.Key}={SettingsSchema.Format(s.ValueIn(settings))}").ToArray();
    }

    private static object? Read(KeyValueSettings given, SettingDescriptor setting)
    {
        string key = setting.Key;
        if (setting.AllowsAuto && given.IsAuto(key))
        {
            return null;
        }

        var type = setting.ValueType;
        if (type == typeof(double))
        {
            return given.Number(key);
        }

        if (type == typeof(int))
        {
            return given.Int32(key);
        }

        if (type == typeof(long))
        {
            return given.Integer(key);
        }

        if (type == typeof(bool))
        {
            return given.Boolean(key);
        }

        if (type.IsEnum)
        {
            var choices = SettingsSchema.Choices(type);
            string name = given.Choice(key, choices.Select(c => c.Name).ToArray());
            return choices.First(c => c.Name == name).Value;
        }

        if (type == typeof(string))
        {
            return given.Text(key);
        }

        throw new InvalidOperationException($"{given.Owner}: setting '{key}' has type {type.Name}, which key=value text cannot give");
    }

    private static string Describe(SettingDescriptor s) =>
        s.ValueType.IsEnum && !s.Description.Contains(SettingsSchema.ChoiceName((Enum)Enum.GetValues(s.ValueType).GetValue(0)!), StringComparison.Ordinal)
            ? $"{s.Description} ({string.Join(", ", SettingsSchema.Choices(s.ValueType).Select(c => c.Name))})"
            : s.Description;
}
