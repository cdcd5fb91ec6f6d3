using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// Writes the harness's JSON lines. A finite double is written in its shortest round-trip form ("R") with a ".0" added
/// when that form has neither point nor exponent, so that −0.0 reads back as −0.0 in languages (Python) that read "-0" as
/// the integer 0; a value that is not finite is written as the string "NaN", "Infinity" or "-Infinity" (JSON has no such
/// numbers). One writer per session; not thread-safe.
/// </summary>
internal sealed class ProtocolWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 12);
    private readonly Utf8JsonWriter _json;

    public ProtocolWriter()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = false, Indented = false });
    }

    /// <summary>The writer of the message being built.</summary>
    public Utf8JsonWriter Json => _json;

    /// <summary>Starts a message (an object) of type <paramref name="type"/>.</summary>
    public void Begin(string type)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("type", type);
    }

    /// <summary>Ends the message and returns its bytes with the closing newline (valid until the next <see cref="Begin"/>).</summary>
    public ReadOnlyMemory<byte> End()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("\n"u8);
        return _buffer.WrittenMemory;
    }

    /// <summary>Writes <paramref name="value"/> as a JSON number (or one of the strings for a non-finite value).</summary>
    public void WriteNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            _json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
            return;
        }

        Span<byte> text = stackalloc byte[40];
        value.TryFormat(text, out int written, "R", CultureInfo.InvariantCulture);
        if (text[..written].IndexOfAny(".E"u8) < 0)
        {
            ".0"u8.CopyTo(text[written..]);
            written += 2;
        }

        _json.WriteRawValue(text[..written], skipInputValidation: true);
    }

    /// <summary>Writes the property <paramref name="name"/> with a number.</summary>
    public void WriteNumber(string name, double value)
    {
        _json.WritePropertyName(name);
        WriteNumber(value);
    }

    /// <summary>Writes the property <paramref name="name"/> with the array <paramref name="values"/>.</summary>
    public void WriteVector(string name, ReadOnlySpan<double> values)
    {
        _json.WritePropertyName(name);
        _json.WriteStartArray();
        foreach (double v in values)
        {
            WriteNumber(v);
        }

        _json.WriteEndArray();
    }
}
