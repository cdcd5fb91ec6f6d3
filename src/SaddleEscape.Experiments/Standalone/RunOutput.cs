using SaddleEscape.Minimization;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>Writes a run's <c>summary.json</c>, <c>trace.csv</c> and <c>trace.png</c>.</summary>
public static class RunOutput
{
    /// <summary>The JSON form of summary.json: snake_case, indented, nulls written.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteOrNullConverter() },
    };

    /// <summary>The value, or null when it is NaN or infinite.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>Writes summary.json.</summary>
    public static void WriteSummary(string path, RunSummary summary) =>
        Running.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(summary, Json) + "\n");

    /// <summary>iteration,value,grad_norm,event — round-trip number formatting, so equal runs give equal bytes.</summary>
    public static void WriteTraceCsv(string path, Trace trace)
    {
        var sb = new StringBuilder("iteration,value,grad_norm,event\n");
        foreach (var row in trace.Rows)
        {
            sb.Append(row.Iteration.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Number(row.Value)).Append(',')
              .Append(Number(row.GradientNorm)).Append(',')
              .Append(row.Event).Append('\n');
        }

        Running.AtomicFile.WriteAllText(path, sb.ToString());
    }

    /// <summary>Writes a point (or direction) as a JSON array of round-trip numbers, the format <c>--init</c> reads.</summary>
    public static void WritePoint(string path, IReadOnlyList<double> point)
    {
        ArgumentNullException.ThrowIfNull(point);
        // Streamed, number by number: a point of 2·10⁸ coordinates is 4 GB of text, never one string.
        Running.AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 20, leaveOpen: true);
            Span<char> buffer = stackalloc char[32];
            writer.Write('[');
            for (int i = 0; i < point.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                point[i].TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
                writer.Write(buffer[..written]);
            }

            writer.Write("]\n");
        });
    }

    private static string Number(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
