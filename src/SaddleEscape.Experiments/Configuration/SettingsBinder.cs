using SaddleEscape.Settings;
using System.Collections;
using System.Reflection;
using System.Runtime.ExceptionServices;

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
    /// An experiment's settings as documented parameters, from the one declaration of each setting: the key, description
    /// and validation of its <see cref="SettingAttribute"/>, the full and quick defaults from <paramref name="full"/> and
    /// <paramref name="quick"/> ("full (quick q)", or one value where they agree; lists of three or more consecutive integers
    /// as "a…b"), or the attribute's <see cref="SettingAttribute.DefaultText"/>.
    /// </summary>
    public static IReadOnlyList<ParameterSpec> ExperimentSpecs(object full, object quick)
    {
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(quick);
        return SettingsSchema.Of(full.GetType()).Select(s =>
        {
            string f = Shown(s, s.ValueIn(full));
            string q = Shown(s, s.ValueIn(quick));
            return new ParameterSpec(s.Key, s.Declaration.DefaultText ?? (f == q ? f : $"{f} (quick {q})"), Describe(s));
        }).ToArray();
    }

    /// <summary>
    /// <see cref="Bind{T}"/> for a settings object whose type is known only at run time (an experiment's
    /// <c>TSettings</c>): a copy with the given keys replaced, or the same object when none is given.
    /// </summary>
    public static object BindObject(KeyValueSettings given, object baseSettings) => Bind(given, baseSettings);

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
        var declared = setting.Declaration;
        if (declared.Parser is { } parser)
        {
            return Invoke(parser, "Parse", given.Text(key));
        }

        bool hasMinimum = !double.IsNaN(declared.Minimum);
        if (type == typeof(double))
        {
            return declared.Positive ? given.Positive(key) : given.Number(key);
        }

        if (type == typeof(int))
        {
            return hasMinimum ? given.Int32AtLeast(key, checked((int)declared.Minimum)) : given.Int32(key);
        }

        if (type == typeof(long))
        {
            return hasMinimum ? given.IntegerAtLeast(key, checked((long)declared.Minimum)) : given.Integer(key);
        }

        if (type.IsAssignableFrom(typeof(int[])))
        {
            return given.Int32sAtLeast(key, hasMinimum ? checked((int)declared.Minimum) : int.MinValue);
        }

        if (type.IsAssignableFrom(typeof(double[])))
        {
            return given.Numbers(key);
        }

        if (type.IsAssignableFrom(typeof(string[])))
        {
            return given.Text(key).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
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

    /// <summary>A default as help shows it: <see cref="SettingsSchema.Format"/>, lists comma-separated, runs of consecutive integers as "a…b".</summary>
    private static string Shown(SettingDescriptor setting, object? value)
    {
        if (setting.Declaration.Parser?.GetMethod("Name", [setting.ValueType]) is not null && value is not null)
        {
            return (string)Invoke(setting.Declaration.Parser, "Name", value)!;
        }

        if (value is string or null || value is not IEnumerable items)
        {
            return SettingsSchema.Format(value);
        }

        var all = items.Cast<object?>().ToList();
        if (all.Count >= 3 && all.All(v => v is int) && all.Cast<int>().Zip(all.Cast<int>().Skip(1), (a, b) => b - a).All(d => d == 1))
        {
            return $"{SettingsSchema.Format(all[0])}…{SettingsSchema.Format(all[^1])}";
        }

        return string.Join(",", all.Select(SettingsSchema.Format));
    }

    /// <summary>Calls the static <paramref name="name"/>(<paramref name="argument"/>) of <paramref name="parser"/>, rethrowing what it throws.</summary>
    private static object? Invoke(Type parser, string name, object argument)
    {
        var method = parser.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [argument.GetType()])
            ?? throw new InvalidOperationException($"{parser.Name} has no static {name}({argument.GetType().Name})");
        try
        {
            return method.Invoke(null, [argument]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static string Describe(SettingDescriptor s) =>
        s.Declaration.Parser is null && s.ValueType.IsEnum && !s.Description.Contains(SettingsSchema.ChoiceName((Enum)Enum.GetValues(s.ValueType).GetValue(0)!), StringComparison.Ordinal)
            ? $"{s.Description} ({string.Join(", ", SettingsSchema.Choices(s.ValueType).Select(c => c.Name))})"
            : s.Description;
}
