namespace SaddleEscape.Experiments.Standalone;

/// <summary>What <c>saddle spectrum</c> is asked: a catalogue problem at a point, and how much of the Hessian's spectrum to compute.</summary>
/// <param name="Problem">Problem name.</param>
/// <param name="Dimension">Its size (null: the problem's default).</param>
/// <param name="Set">Problem key=value settings.</param>
/// <param name="Seed">Seed of the problem instance (and of its default start point).</param>
/// <param name="InitFile">The point (JSON array or CSV); null: the problem's seeded start.</param>
/// <param name="Extremes">How many bottom and top eigenpairs.</param>
/// <param name="Probes">SLQ probe vectors.</param>
/// <param name="Steps">Lanczos steps per probe.</param>
/// <param name="ZeroTolerance">|λ| ≤ this counts as zero (absolute).</param>
/// <param name="ExactLimit">Up to this tangent dimension the whole spectrum is computed (exhausted Lanczos) and the counts are exact.</param>
public sealed record SpectrumSpecification(
    string Problem, int? Dimension, IReadOnlyList<string> Set, int Seed, string? InitFile, int Extremes = 5, int Probes = 10, int Steps = 80,
    double ZeroTolerance = 1e-6, int ExactLimit = 400)
{
    /// <summary>
    /// The specification of the run in <paramref name="directory"/> (its summary.json: problem, dim, seed, settings; its
    /// point.json as the point), with the other settings from <paramref name="template"/>.
    /// </summary>
    public static SpectrumSpecification FromRun(string directory, SpectrumSpecification template)
    {
        ArgumentNullException.ThrowIfNull(template);
        string summary = Path.Combine(directory, "summary.json");
        if (!File.Exists(summary))
        {
            throw new ArgumentException($"--from-run: '{directory}' has no summary.json (a directory written by `saddle run --out`)");
        }

        string text = Running.InputFile.ReadText(summary, "--from-run", 16 << 20, "a run's summary.json");
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(text);
            var root = json.RootElement;
            string point = Path.Combine(directory, root.TryGetProperty("point_file", out var p) && p.GetString() is { } f ? f : "point.json");
            if (!File.Exists(point))
            {
                throw new ArgumentException($"--from-run: '{directory}' has no {Path.GetFileName(point)}");
            }

            var set = root.TryGetProperty("problem_settings", out var s)
                ? s.EnumerateObject().Select(kv => $"{kv.Name}={kv.Value.GetString()}").ToList()
                : [];
            return template with
            {
                Problem = root.GetProperty("problem").GetString() ?? throw new FormatException("'problem' is null"),
                Dimension = root.GetProperty("dim").GetInt32(),
                Set = set,
                Seed = root.GetProperty("seed").GetInt32(),
                InitFile = point,
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Empty, truncated, hand-edited or not saddle's: say so instead of a parser's stack trace.
            throw new ArgumentException($"--from-run: '{summary}' is not a summary.json written by `saddle run` ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }
}
