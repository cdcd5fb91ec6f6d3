using System.Reflection;

namespace SaddleEscape.Settings;

/// <summary>One declared setting of a settings record: key, description, the property that holds it and its default.</summary>
/// <param name="Key">snake_case key.</param>
/// <param name="Description">One line.</param>
/// <param name="Property">The record property.</param>
/// <param name="Default">The record's default value (null for "auto": derived from the problem at run time, or where the record has no default record).</param>
public sealed record SettingDescriptor(string Key, string Description, PropertyInfo Property, object? Default)
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The attribute that declares this setting (key, description, validation).</summary>
    public SettingAttribute Declaration => Property.GetCustomAttribute<SettingAttribute>()!;

    /// <summary>The value type, with <see cref="Nullable{T}"/> unwrapped.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    /// <summary>True when null is allowed and means "auto" (derived at run time).</summary>
    public bool AllowsAuto => Nullable.GetUnderlyingType(Property.PropertyType) is not null || (!Property.PropertyType.IsValueType && IsNullableReference());

    /// <summary>The default as text (<see cref="SettingsSchema.Format"/>).</summary>
    public string DefaultText => SettingsSchema.Format(Default);

    /// <summary>The value of this setting in <paramref name="settings"/>.</summary>
    public object? ValueIn(object settings) => Property.GetValue(settings);

    private bool IsNullableReference()
    {
        lock (Nullability)
        {
            return Nullability.Create(Property).WriteState == NullabilityState.Nullable;
        }
    }
}
