using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Running;
using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>
/// SaddleBench's second-order targets in IOHprofiler's two-column format, which IOHanalyzer reads (its documented layout,
/// <c>inst/shiny-server/markdown/dataformat.md</c>): one folder per solver (the algorithm), in it per family a meta-data file
/// <c>IOHprofiler_f{id}_{family}.info</c> with one block per dimension — the line
/// <c>suite = '…', funcId = id, funcName = '…', DIM = d, algId = '…'</c>, a line <c>%</c>, then the raw-data file's relative
/// path and one <c>instance:running time|best-so-far f(x)</c> entry per run — and the raw-data file
/// <c>data_f{id}/IOHprofiler_f{id}_DIM{d}.dat</c>, one block per run under the separation line
/// <c>"function evaluation" "best-so-far f(x)"</c>.
/// </summary>
/// <remarks>
/// How fields map: function = family (ids in the suite's order, from 1); DIM = the family's dimension; algorithm = solver;
/// instance ID = the instance number for random starts and 1000 + the instance number for exact-saddle starts; "function
/// evaluation" = the primary cost (gradient-equivalents); "best-so-far f(x)" = the smallest ε whose (ε, √(ρε))
/// second-order target the run has reached (1 before any: above the ladder's 10⁻¹), minimised. A block has a row at cost 1,
/// one per newly reached ε, and ends at the run's whole cost, as the format requires. Value targets stay in targets.csv.
/// </remarks>
public static class IohProfilerExport
{
    /// <summary>The separation line of a raw-data block.</summary>
    public const string SeparationLine = "\"function evaluation\" \"best-so-far f(x)\"";

    /// <summary>The instance ID of a run.</summary>
    public static int InstanceId(BenchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Start == BenchStartKinds.ExactSaddle ? 1000 + record.Instance : record.Instance;
    }

    /// <summary>Writes the export of <paramref name="records"/> under <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<BenchRecord> records, string directory)
    {
        ArgumentNullException.ThrowIfNull(records);
        var files = new List<string>();
        foreach (var (solver, family, id, runs) in ExportGroups.Of(records, _ => true))
        {
            string folder = Path.Combine(directory, solver);
            var info = new StringBuilder();
            foreach (var group in runs.GroupBy(r => r.Dimension).OrderBy(g => g.Key))
            {
                string relative = FormattableString.Invariant($"data_f{id}/IOHprofiler_f{id}_DIM{group.Key}.dat");
                var dat = new StringBuilder();
                var entries = new List<string>();
                foreach (var run in group)
                {
                    dat.Append(SeparationLine).Append('\n');
                    double best = 1;
                    dat.Append("1 ").Append(Number(best)).Append('\n');
                    foreach (var hit in run.Hits.Where(h => h.Target.Kind == BenchTargetKinds.SecondOrder && h.At is not null).OrderBy(h => h.At!.Cost).ThenByDescending(h => h.Target.Level))
                    {
                        if (hit.Target.Level < best)
                        {
                            best = hit.Target.Level;
                            dat.Append(Math.Max(1, hit.At!.Cost).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Number(best)).Append('\n');
                        }
                    }

                    long total = Math.Max(1, run.Counts.Cost);
                    dat.Append(total.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Number(best)).Append('\n');
                    entries.Add(FormattableString.Invariant($"{InstanceId(run)}:{total}|{Number(best)}"));
                }

                string datPath = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(datPath)!);
                AtomicFile.WriteAllText(datPath, dat.ToString());
                files.Add(datPath);
                info.Append(FormattableString.Invariant($"suite = 'SaddleBench-{BenchSuite.Version}', funcId = {id}, funcName = '{family}', DIM = {group.Key}, algId = '{solver}'\n"))
                    .Append("%\n")
                    .Append(relative).Append(", ").Append(string.Join(", ", entries)).Append('\n');
            }

            string infoPath = Path.Combine(folder, FormattableString.Invariant($"IOHprofiler_f{id}_{family}.info"));
            AtomicFile.WriteAllText(infoPath, info.ToString());
            files.Add(infoPath);
        }

        return files;
    }

    private static string Number(double v) => v.ToString("0.00000e+00", CultureInfo.InvariantCulture);
}
