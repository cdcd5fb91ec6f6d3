using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace SaddleEscape.Settings;

/// <summary>
/// Reads the settings a record declares with <see cref="SettingAttribute"/> — keys, descriptions and the record's own
/// defaults — and builds modified copies. No text parsing here: command-line layers turn "key=value" text into typed
/// values and call <see cref="With"/>.
/// </summary>
public static class SettingsSchema
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SettingDescriptor>> Schemas = new();

    /// <summary>The declared settings of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<SettingDescriptor> Of<T>() => Of(typeof(T));

    /// <summary>The declared settings of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<SettingDescriptor> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Schemas.GetOrAdd(type, t =>
        {
            object? defaults = HasDefaults(t) ? Defaults(t) : null;
            return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<SettingAttribute>() is not null)
                .OrderBy(p => p.MetadataToken)
                .Select(p =>
                {
                    var a = p.GetCustomAttribute<SettingAttribute>()!;
                    return new SettingDescriptor(a.Key, a.Description, p, defaults is null ? null : p.GetValue(defaults));
                })
                .ToArray();
        });
    }

    /// <summary>
    /// The record with every setting at its default: the parameterless constructor, or the primary constructor with every
    /// (optional) parameter left out.
    /// </summary>
    public static object Defaults(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetConstructor(Type.EmptyTypes) is { } plain)
        {
            return plain.Invoke(null);
        }

        var ctor = type.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue))
            ?? throw new InvalidOperationException($"{type.Name}: a settings record needs a default for every parameter");
        return ctor.Invoke(BindingFlags.OptionalParamBinding, null, ctor.GetParameters().Select(_ => Type.Missing).ToArray(), CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="type"/> can be built with every setting at its default (<see cref="Defaults(Type)"/>).</summary>
    public static bool HasDefaults(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetConstructor(Type.EmptyTypes) is not null || type.GetConstructors().Any(c => c.GetParameters().All(p => p.HasDefaultValue));
    }

    /// <summary>The defaults of <typeparamref name="T"/>.</summary>
    public static T Defaults<T>() where T : class => (T)Defaults(typeof(T));

    /// <summary>A copy of <paramref name="source"/> with the given settings replaced (the values must have the settings' types).</summary>
    public static T With<T>(T source, IEnumerable<KeyValuePair<SettingDescriptor, object?>> values) where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(values);
        var type = source.GetType();
        if (type.GetMethod("<Clone>$") is { } clone)
        {
            // A record: copy it as `with` does (a record without defaults for every setting, e.g. an experiment's).
            var copied = clone.Invoke(source, null)!;
            foreach (var (setting, value) in values)
            {
                setting.Property.SetValue(copied, value);
            }

            return (T)copied;
        }

        var copy = Defaults(type);
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            p.SetValue(copy, p.GetValue(source));
        }

        foreach (var (setting, value) in values)
        {
            setting.Property.SetValue(copy, value);
        }

        return (T)copy;
    }

    /// <summary>The settings of <paramref name="settings"/> whose values differ from <paramref name="reference"/>'s (same type).</summary>
    public static IReadOnlyList<SettingDescriptor> Differences(object settings, object reference)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(reference);
        return Of(settings.GetType()).Where(s => !Equals(s.ValueIn(settings), s.ValueIn(reference))).ToArray();
    }

    /// <summary>Every declared setting as key → text (<see cref="Format"/>).</summary>
    public static IReadOnlyDictionary<string, string> Describe(object settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Of(settings.GetType()).ToDictionary(s => s.Key, s => Format(s.ValueIn(settings)), StringComparer.Ordinal);
    }

    /// <summary>A value as settings text: invariant numbers (round-trip), lower-case booleans, enum choice names, "auto" for null.</summary>
    public static string Format(object? value) => value switch
    {
        null => "auto",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Enum e => ChoiceName(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The name of an enum choice: its <see cref="SettingAttribute"/> key, or its name in kebab-case.</summary>
    public static string ChoiceName(Enum choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        string name = choice.ToString();
        var field = choice.GetType().GetField(name);
        return field?.GetCustomAttribute<SettingAttribute>()?.Key ?? KebabCase(name);
    }

    /// <summary>Every choice of an enum type, by name (<see cref="ChoiceName"/>).</summary>
    public static IReadOnlyList<(string Name, Enum Value)> Choices(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Enum.GetValues(enumType).Cast<Enum>().Select(v => (ChoiceName(v), v)).ToArray();
    }

    /// <summary>PascalCase → kebab-case ("StableManifold" → "stable-manifold").</summary>
    public static string KebabCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var b = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                b.Append('-');
            }

            b.Append(char.ToLowerInvariant(c));
        }

        return b.ToString();
    }
}
