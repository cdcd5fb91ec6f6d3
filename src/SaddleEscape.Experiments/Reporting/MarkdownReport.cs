using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// A report.md built in the order a reader wants it: title, the verdict on each paper claim, then settings, tables
/// and figures, and last the provenance (code, build, machine, date, wall time of every part).
/// </summary>
public sealed class MarkdownReport
{
    private readonly StringBuilder _text = new();

    /// <summary>A report with the given title.</summary>
    public MarkdownReport(string title) => _text.Append("# ").Append(title).Append("\n\n");

    /// <summary>The verdict table: one row per claim.</summary>
    public MarkdownReport Verdicts(IEnumerable<ClaimVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var list = verdicts.ToList();
        if (list.Count == 0)
        {
            return this;
        }

        Heading("Verdict");
        return list.Any(v => v.Rule is not null)
            ? Table(["claim", "verdict", "our numbers", "decided by"], list.Select(v => new[] { v.Claim, $"**{v.VerdictText}**", v.Evidence, v.Rule ?? "" }))
            : Table(["claim", "verdict", "our numbers"], list.Select(v => new[] { v.Claim, $"**{v.VerdictText}**", v.Evidence }));
    }

    /// <summary>A heading (level 2 by default).</summary>
    public MarkdownReport Heading(string text, int level = 2)
    {
        _text.Append('#', level).Append(' ').Append(text).Append("\n\n");
        return this;
    }

    /// <summary>A paragraph.</summary>
    public MarkdownReport Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        return this;
    }

    /// <summary>A bullet list.</summary>
    public MarkdownReport Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>A table.</summary>
    public MarkdownReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        _text.Append("| ").AppendJoin(" | ", header).Append(" |\n|");
        foreach (var _ in header)
        {
            _text.Append("---|");
        }

        _text.Append('\n');
        foreach (var row in rows)
        {
            _text.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>An image.</summary>
    public MarkdownReport Figure(string file, string caption)
    {
        _text.Append("![").Append(caption).Append("](").Append(file).Append(")\n\n");
        return this;
    }

    /// <summary>The closing provenance section.</summary>
    public MarkdownReport Provenance(Provenance p)
    {
        ArgumentNullException.ThrowIfNull(p);
        Heading("Provenance");
        var items = new List<string>
        {
            $"Code: `{p.CodeVersion}` ({p.Configuration} build){(p.CodeVersionsOfJobs.Count > 1 || (p.CodeVersionsOfJobs.Count == 1 && p.CodeVersionsOfJobs[0] != p.CodeVersion) ? "; jobs ran under " + string.Join(", ", p.CodeVersionsOfJobs.Select(c => $"`{c}`")) : "")}.",
            string.Create(CultureInfo.InvariantCulture, $"Written {p.DateUtc:yyyy-MM-dd HH:mm} UTC on a machine with {p.Cores} cores; jobs ran on {string.Join(", ", p.Hosts)}."),
            $"Setting: {p.Setting}; base seed {p.Seed}.",
            $"Jobs: {Numbers.Count(p.JobsRun)} run by this invocation, {Numbers.Count(p.JobsStored)} taken from the results store (`results.sqlite`).",
            $"Wall time of this invocation: {Numbers.Format(p.InvocationSeconds)} s. Compute time per part (sum of its jobs' wall times): "
                + string.Join(", ", p.PartSeconds.Select(kv => $"{kv.Key} {Numbers.Format(kv.Value)} s")) + ".",
        };
        return Bullets(items);
    }

    /// <summary>Writes the report to <paramref name="path"/>.</summary>
    public void Save(string path) => Running.AtomicFile.WriteAllText(path, _text.ToString());

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
