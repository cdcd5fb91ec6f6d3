using System.Globalization;
using System.Text.Json;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// Stored jobs flattened into one table for pandas/polars: one row per job; nested JSON objects become dotted column
/// names (<c>job.dimension</c>, <c>record.iterations</c>), arrays stay JSON text. Each column is typed from its values:
/// integers, numbers (NaN and ±∞ included), booleans, or text; null where a row has no value.
/// </summary>
public sealed class FlatTable
{
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, List<object?>> _values = new(StringComparer.Ordinal);

    /// <summary>Rows.</summary>
    public int Rows { get; private set; }

    /// <summary>Column names, in first-seen order.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The values of <paramref name="column"/> (null where absent): long, double, bool or string.</summary>
    public IReadOnlyList<object?> Values(string column) => _values[column];

    /// <summary>The kind of <paramref name="column"/>: "integer", "number", "boolean" or "text".</summary>
    public string Kind(string column)
    {
        var values = _values[column].Where(v => v is not null).ToList();
        if (values.Count > 0 && values.All(v => v is long))
        {
            return "integer";
        }

        if (values.Count > 0 && values.All(v => v is long or double))
        {
            return "number";
        }

        return values.Count > 0 && values.All(v => v is bool) ? "boolean" : "text";
    }

    /// <summary>Appends a row from (column, JSON text) parts: each JSON object is flattened under its prefix.</summary>
    public void Add(IReadOnlyList<(string Prefix, string Json)> jsonParts, IReadOnlyList<(string Column, object? Value)> scalars)
    {
        ArgumentNullException.ThrowIfNull(jsonParts);
        ArgumentNullException.ThrowIfNull(scalars);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in scalars)
        {
            row[column] = value;
        }

        foreach (var (prefix, json) in jsonParts)
        {
            using var document = JsonDocument.Parse(json);
            Flatten(prefix, document.RootElement, row);
        }

        foreach (var (column, value) in row)
        {
            if (!_values.TryGetValue(column, out var list))
            {
                _columns.Add(column);
                list = Enumerable.Repeat<object?>(null, Rows).ToList();
                _values[column] = list;
            }

            list.Add(value);
        }

        Rows++;
        foreach (var list in _values.Values.Where(l => l.Count < Rows))
        {
            list.Add(null);
        }
    }

    private static void Flatten(string prefix, JsonElement element, Dictionary<string, object?> row)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", property.Value, row);
                }

                break;
            case JsonValueKind.Array:
                row[prefix] = element.GetRawText();
                break;
            case JsonValueKind.Number:
                row[prefix] = element.TryGetInt64(out long l) ? (object)l : element.GetDouble();
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                row[prefix] = element.GetBoolean();
                break;
            case JsonValueKind.String:
                string s = element.GetString()!;
                row[prefix] = s switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    _ => s,
                };
                break;
            default:
                row[prefix] = null;
                break;
        }
    }

    /// <summary>One cell as CSV text.</summary>
    public static string CsvCell(object? value) => value switch
    {
        null => "",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Numbers.Csv(d),
        bool b => Numbers.Csv(b),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
