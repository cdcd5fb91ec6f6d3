namespace SaddleEscape.Settings;

/// <summary>
/// Declares a setting of a typed settings record (an optimiser's or a problem's parameters) once: its snake_case key and
/// a one-line description (meaning, units, the paper's symbol). The default is the record's own default value, so each
/// setting is stated in one place; command lines, sweep files and help texts read key, description and default from here
/// (<see cref="SettingsSchema"/>). On an enum field it names the choice (kebab-case by default).
/// </summary>
/// <param name="key">The key, snake_case for settings, kebab-case for enum choices.</param>
/// <param name="description">One line: meaning, units, paper symbol.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class SettingAttribute(string key, string description = "") : Attribute
{
    /// <summary>The key.</summary>
    public string Key { get; } = key;

    /// <summary>One line on what it means.</summary>
    public string Description { get; } = description;
}
