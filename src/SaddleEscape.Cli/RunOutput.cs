using SaddleEscape.Optimizers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaddleEscape.Cli;

/// <summary>Writes a run's <c>summary.json</c>, <c>trace.csv</c> and <c>trace.png</c>.</summary>
internal static class RunOutput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    public static void WriteSummary(string path, RunSummary summary) =>
        File.WriteAllText(path, JsonSerializer.Serialize(summary, Json) + "\n");

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

        File.WriteAllText(path, sb.ToString());
    }

    private static string Number(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
