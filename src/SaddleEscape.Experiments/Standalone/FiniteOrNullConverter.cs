using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>
/// Writes a double that is NaN or infinite as JSON <c>null</c> (JSON has no such numbers), so that a run whose
/// numbers overflowed still gets its summary.json; reads <c>null</c> back as NaN.
/// </summary>
internal sealed class FiniteOrNullConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
