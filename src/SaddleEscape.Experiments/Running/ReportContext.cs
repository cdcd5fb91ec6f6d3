using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Running;

/// <summary>What a report writer gets besides the typed summary: where to write, what was asked, and provenance.</summary>
/// <param name="Directory">The experiment's output folder (report.md, figures, CSV go here).</param>
/// <param name="Request">The request.</param>
/// <param name="Provenance">Code, machine, date and timings.</param>
public sealed record ReportContext(string Directory, ExperimentRequest Request, Provenance Provenance)
{
    /// <summary>The full path of <paramref name="file"/> in <see cref="Directory"/>.</summary>
    public string PathOf(string file) => System.IO.Path.Combine(Directory, file);
}
