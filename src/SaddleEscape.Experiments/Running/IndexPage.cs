using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SaddleEscape.Experiments.Running;

/// <summary><c>index.md</c> of an output folder: one line per experiment report found there, rewritten by every <c>reproduce</c>.</summary>
public static class IndexPage
{
    /// <summary>The file beside each report that holds its index line.</summary>
    public const string EntryFile = "index-entry.json";

    /// <summary>Writes <paramref name="entry"/> into its experiment folder and rewrites <c>index.md</c> of <paramref name="root"/>.</summary>
    public static string Update(string root, IndexEntry entry, IReadOnlyList<string>? order = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string folder = Path.Combine(root, entry.Name);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, EntryFile), JsonSerializer.Serialize(entry, ExperimentJson.Options));
        return Write(root, order);
    }

    /// <summary>Rewrites <c>index.md</c> of <paramref name="root"/> from the entries found in its sub-folders (in <paramref name="order"/>, then by name).</summary>
    public static string Write(string root, IReadOnlyList<string>? order = null)
    {
        var rank = (order ?? []).ToList();
        var entries = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, EntryFile))
                .Where(File.Exists)
                .Select(Read)
                .OfType<IndexEntry>()
                .OrderBy(e => rank.IndexOf(e.Name) is int i && i >= 0 ? i : int.MaxValue)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList()
            : [];
        var sb = new StringBuilder("# SaddleEscape reproductions\n\n");
        sb.Append("Each line: the report, its setting, when it was written, the compute time of its jobs, and its headline numbers.\n\n");
        foreach (var e in entries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- [{e.Title}]({e.Name}/report.md) — {e.Setting}, {e.DateUtc:yyyy-MM-dd HH:mm} UTC, {e.ComputeSeconds:F1} s: {e.Headline}\n");
        }

        string path = Path.Combine(root, "index.md");
        Directory.CreateDirectory(root);
        AtomicFile.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>An experiment's entry, or null when its file cannot be read (that line is left out, the page is still written).</summary>
    private static IndexEntry? Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<IndexEntry>(File.ReadAllText(file), ExperimentJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
