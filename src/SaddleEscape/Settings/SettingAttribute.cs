namespace SaddleEscape.Settings;

/// <summary>
/// Declares a setting of a typed settings record (an optimiser's or a problem's parameters) once: its snake_case key and
/// a one-line description (meaning, units, the paper's symbol). The default is the record's own default value, so each
/// setting is stated in one place; command lines, sweep files and help texts read key, description and default from here
/// (<see cref="SettingsSchema"/>). On an enum field it names the choice (kebab-case by default). An experiment's settings
/// record declares its settings the same way; its quick and full records give the two defaults, and
/// <see cref="Minimum"/> / <see cref="Positive"/> the validation of a given value (of each entry of a list).
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

    /// <summary>The smallest value (of each entry, for a list of integers) a given value may take; NaN (the default): no minimum.</summary>
    public double Minimum { get; set; } = double.NaN;

    /// <summary>True when a given value must be &gt; 0.</summary>
    public bool Positive { get; set; }

    /// <summary>
    /// A type with a static <c>Parse(string)</c> that reads this setting's text (its own names, aliases and messages) and,
    /// optionally, a static <c>Name(value)</c> that help shows the default with; null: the value type's own rules.
    /// </summary>
    public Type? Parser { get; set; }

    /// <summary>The default as help shows it, where the generated text (the value, or "full (quick q)") would say less; null: generated.</summary>
    public string? DefaultText { get; set; }
}
