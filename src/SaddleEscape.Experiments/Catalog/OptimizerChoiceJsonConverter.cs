using SaddleEscape.Optimizers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// <see cref="OptimizerChoice"/> in job JSON: <c>{"optimizer": NAME, "settings": RECORD}</c>, the record written and read as the
/// catalogue entry's settings type (an interface-typed property would otherwise be written as <c>{}</c>). Only the record's
/// settings are written: properties derived from them (e.g. <c>CurvatureThreshold</c>) have no setter and are left out.
/// </summary>
internal sealed class OptimizerChoiceJsonConverter : JsonConverter<OptimizerChoice>
{
    private const string NameProperty = "optimizer";
    private const string SettingsProperty = "settings";
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> SettingsOnly = new();

    public override OptimizerChoice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty(NameProperty, out var name) || name.ValueKind != JsonValueKind.String
            || !root.TryGetProperty(SettingsProperty, out var settings))
        {
            throw new JsonException($"an optimizer choice is {{\"{NameProperty}\": NAME, \"{SettingsProperty}\": {{…}}}} (got {root.GetRawText()})");
        }

        OptimizerDefinition definition;
        try
        {
            definition = OptimizerCatalog.Get(name.GetString()!);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }

        var record = settings.Deserialize(definition.SettingsType, options) as IOptimizerSettings
            ?? throw new JsonException($"null settings for optimizer {definition.Name}");
        return new OptimizerChoice(record);
    }

    public override void Write(Utf8JsonWriter writer, OptimizerChoice value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(NameProperty, value.Name);
        writer.WritePropertyName(SettingsProperty);
        var settingsOnly = SettingsOnly.GetValue(options, o => new JsonSerializerOptions(o) { IgnoreReadOnlyProperties = true });
        JsonSerializer.Serialize(writer, value.Settings, value.Settings.GetType(), settingsOnly);
        writer.WriteEndObject();
    }
}
