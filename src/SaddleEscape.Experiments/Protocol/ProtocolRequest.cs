using System.Globalization;
using System.Text.Json;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// One message from the child, checked: its type, its vectors (each exactly d finite numbers, read only after its length
/// is checked), its batch size, its claim. Unknown fields are ignored (a later protocol version may add some); unknown
/// types are rejected by the session, not here.
/// </summary>
internal sealed class ProtocolRequest
{
    /// <summary>The longest message or name kept (longer ones are cut).</summary>
    public const int MaxText = 4096;

    public required string Type { get; init; }

    /// <summary>The raw JSON of the request's <c>id</c> (a number or a string), echoed in its reply; null without one.</summary>
    public string? IdJson { get; init; }

    public double[]? X { get; init; }

    public double[]? V { get; init; }

    public int Batch { get; init; } = 1;

    public bool Converged { get; init; }

    public string? Message { get; init; }

    public string? Name { get; init; }

    public int? Protocol { get; init; }

    public IReadOnlyList<ProtocolRequest>? Requests { get; init; }

    /// <summary>The request in <paramref name="line"/>; <see cref="SolverProtocolException"/> (protocol-error) when it is not a valid one.</summary>
    public static ProtocolRequest Parse(ReadOnlyMemory<byte> line, int dimension, int maxBatch)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            string hint = line.Span.IndexOf("NaN"u8) >= 0 || line.Span.IndexOf("Infinity"u8) >= 0
                ? " (NaN and Infinity are not JSON numbers, and a point must be finite)"
                : string.Empty;
            throw new SolverProtocolException($"a line is not JSON: {e.Message}{hint}");
        }

        using (document)
        {
            return Read(document.RootElement, dimension, maxBatch, nested: false);
        }
    }

    private static ProtocolRequest Read(JsonElement e, int dimension, int maxBatch, bool nested)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new SolverProtocolException($"a message must be a JSON object (got {e.ValueKind})");
        }

        string type = e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? Cut(t.GetString()!)
            : throw new SolverProtocolException("a message has no string field 'type'");
        string? id = null;
        if (e.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.Number => idElement.GetRawText(),
                JsonValueKind.String when idElement.GetString()!.Length <= 256 => idElement.GetRawText(),
                _ => throw new SolverProtocolException($"'{type}': 'id' must be a number or a string of at most 256 characters"),
            };
        }

        List<ProtocolRequest>? requests = null;
        if (type == "batch")
        {
            if (nested)
            {
                throw new SolverProtocolException("a batch may not hold a batch");
            }

            if (!e.TryGetProperty("requests", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new SolverProtocolException("'batch' needs an array 'requests'");
            }

            int count = list.GetArrayLength();
            if (count < 1 || count > maxBatch)
            {
                throw new SolverProtocolException(FormattableString.Invariant($"'batch' holds {count} requests (1 to max_batch = {maxBatch} allowed)"));
            }

            requests = new List<ProtocolRequest>(count);
            foreach (var item in list.EnumerateArray())
            {
                requests.Add(Read(item, dimension, maxBatch, nested: true));
            }
        }

        return new ProtocolRequest
        {
            Type = type,
            IdJson = id,
            X = Vector(e, "x", type, dimension),
            V = Vector(e, "v", type, dimension),
            Batch = e.TryGetProperty("batch", out var b)
                ? b.ValueKind == JsonValueKind.Number && b.TryGetInt32(out int batch) && batch >= 1 && batch <= ProtocolLimits.MaxSampleBatch
                    ? batch
                    : throw new SolverProtocolException(FormattableString.Invariant($"'{type}': 'batch' must be an integer in [1, {ProtocolLimits.MaxSampleBatch}] (got {Cut(b.GetRawText())})"))
                : 1,
            Converged = e.TryGetProperty("converged", out var c) && (c.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? c.GetBoolean()
                : throw new SolverProtocolException($"'{type}': 'converged' must be true or false")),
            Message = Text(e, "message"),
            Name = Text(e, "name"),
            Protocol = e.TryGetProperty("protocol", out var p)
                ? p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out int version) ? version : throw new SolverProtocolException($"'{type}': 'protocol' must be an integer")
                : null,
            Requests = requests,
        };
    }

    private static string? Text(JsonElement e, string field) =>
        e.TryGetProperty(field, out var m) && m.ValueKind == JsonValueKind.String ? Cut(m.GetString()!) : null;

    private static string Cut(string s) => s.Length <= MaxText ? s : s[..MaxText];

    private static double[]? Vector(JsonElement e, string field, string type, int dimension)
    {
        if (!e.TryGetProperty(field, out var array))
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new SolverProtocolException($"'{type}': '{field}' must be an array of numbers");
        }

        int length = array.GetArrayLength();
        if (length != dimension)
        {
            throw new SolverProtocolException(string.Create(CultureInfo.InvariantCulture, $"'{type}': '{field}' has {length} numbers, the dimension is {dimension}"));
        }

        var values = new double[dimension];
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetDouble(out double v) || !double.IsFinite(v))
            {
                throw new SolverProtocolException(string.Create(CultureInfo.InvariantCulture, $"'{type}': {field}[{i}] is not a finite number (got {Cut(item.GetRawText())})"));
            }

            values[i++] = v;
        }

        return values;
    }
}
