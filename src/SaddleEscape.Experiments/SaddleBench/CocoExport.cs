using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Running;
using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>
/// SaddleBench's value targets in COCO's single-objective text format, as the bbob observer writes it and cocopp reads it
/// (Hansen et al. 2021, "COCO: a platform for comparing continuous optimizers in a black-box setting"; the observer's
/// <c>logger_bbob.c</c>, cocopp's <c>pproc.DataSet</c> and <c>readalign.split</c>): one folder per solver (cocopp's
/// "algorithm"), in it per family an index file <c>bbobexp_f{id}.info</c> and per dimension the data files
/// <c>data_f{id}/bbobexp_f{id}_DIM{n}.dat</c> (target-triggered) and <c>.tdat</c> (cost-triggered).
/// </summary>
/// <remarks>
/// <para><b>The .info file</b>: per dimension three lines — <c>suite = 'saddlebench', funcId = id, DIM = n, Precision =
/// 1.000e-08, algId = 'solver'</c>; a comment line starting with <c>%</c> (the suite version, the family and its size
/// parameter, f*); the data file's relative path followed by one <c>, instance:evaluations|best f − Fopt</c> entry per run
/// (<c>%.1e</c>), in the order of the runs' blocks in the data files.</para>
/// <para><b>The .dat and .tdat files</b>: one block per run, opened by the header line <see cref="DataHeader"/> with Fopt
/// (<c>%13.12e</c>), then lines of five numbers, <c>%lu %+10.9e %+10.9e %+10.9e %+10.9e</c>: evaluations, f − Fopt at that
/// call, best f − Fopt so far, f, best f (cocopp's default data format reads the evaluations from column 0 and best f − Fopt
/// from column 2). The .dat lines are the harness's target-triggered log (a line whenever best f − f* falls to a new level
/// 10^(k/5), the first exact f always); the .tdat lines its cost-triggered log (⌈10^(j/20)⌉ and {1, 2, 5}·n·10^i, and the
/// run's final cost, which equals the .info entry's evaluations). The coordinates x1, x2, … that COCO writes for n &lt; 22
/// are not written (cocopp does not read them).</para>
/// <para><b>How fields map</b>: suite = <c>saddlebench</c> (cocopp knows no such suite: register it first, e.g.
/// <c>cocopp.testbedsettings.suite_to_testbed['saddlebench'] = 'GECCOBBOBTestbed'</c>); funcId = the family (ids in the
/// order of the families in the records, from 1, as in <see cref="IohProfilerExport"/>); DIM = n, the length of a point (so
/// that cocopp's evaluations / DIM is the report's cost / n); algId = the solver; instance = the instance number for random
/// starts and 1000 + it for exact-saddle starts (<see cref="IohProfilerExport.InstanceId"/>); evaluations = the primary
/// cost in gradient-equivalents at the call (every f, ∇f, Hv and mini-batch call one; at least 1); Fopt = f*; "best
/// noise-free fitness − Fopt" = the smallest exact f the harness saw (the solver's value and gradient calls, the harness's
/// uncharged looks at stochastic calls, the final point) less f*. A run whose solver first asked for something other than f
/// or ∇f starts its blocks at that later cost.</para>
/// <para><b>Where f* is unknown</b> (families without a closed-form minimum; in the suites, the spin glass) nothing
/// is written: COCO's format has no way to state a gap without Fopt. Their second-order targets are in the IOHprofiler
/// export and targets.csv. Runs stored without a value log (before it existed) are left out too.</para>
/// </remarks>
public static class CocoExport
{
    /// <summary>The suite name written into every .info header.</summary>
    public const string SuiteName = "saddlebench";

    /// <summary>The precision written into every .info header (COCO's final target, 10⁻⁸).</summary>
    public const double Precision = 1e-8;

    /// <summary>The header line that opens every run's block in the data files; <c>{0}</c> is Fopt as <c>%13.12e</c>.</summary>
    public const string DataHeader = "% function evaluation | noise-free fitness - Fopt ({0}) | best noise-free fitness - Fopt | measured fitness | best measured fitness | x1 | x2...";

    /// <summary>Writes the export of <paramref name="records"/> under <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<BenchRecord> records, string directory)
    {
        ArgumentNullException.ThrowIfNull(records);
        var files = new List<string>();
        foreach (var (solver, family, id, runs) in ExportGroups.Of(records, r => r.ValueLog is not null))
        {
            string folder = Path.Combine(directory, solver);
            var info = new StringBuilder();
            foreach (var group in runs.GroupBy(r => r.PointLength).OrderBy(g => g.Key))
            {
                var ordered = group.OrderBy(IohProfilerExport.InstanceId).ThenBy(r => r.Seed).ToList();
                string relative = FormattableString.Invariant($"data_f{id}/bbobexp_f{id}_DIM{group.Key}");
                var dat = new StringBuilder();
                var tdat = new StringBuilder();
                var entries = new List<string>();
                foreach (var run in ordered)
                {
                    var log = run.ValueLog!;
                    string header = string.Format(CultureInfo.InvariantCulture, DataHeader, Fixed(log.KnownMinimum));
                    long total = Math.Max(1, run.Counts.Cost);
                    dat.Append(header).Append('\n');
                    AppendLines(dat, log.TargetTriggered, log.KnownMinimum, total);
                    tdat.Append(header).Append('\n');
                    AppendLines(tdat, log.CostTriggered, log.KnownMinimum, total);
                    double best = log.CostTriggered.Count == 0 ? double.PositiveInfinity : log.CostTriggered[^1].BestValue - log.KnownMinimum;
                    entries.Add(string.Create(CultureInfo.InvariantCulture, $"{IohProfilerExport.InstanceId(run)}:{total}|{Short(best)}"));
                }

                foreach (var (extension, text) in new[] { (".dat", dat), (".tdat", tdat) })
                {
                    string path = Path.Combine(folder, relative + extension);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    AtomicFile.WriteAllText(path, text.ToString());
                    files.Add(path);
                }

                var first = ordered[0];
                info.Append(FormattableString.Invariant($"suite = '{SuiteName}', funcId = {id}, DIM = {group.Key}, Precision = {Precision.ToString("0.000e+00", CultureInfo.InvariantCulture)}, algId = '{solver}'\n"))
                    .Append(FormattableString.Invariant($"% suite_version = {first.SuiteVersion}, family = {family}, dimension = {first.Dimension}, evaluations = primary cost in gradient-equivalents, instance = i (random start) or 1000 + i (exact-saddle start)\n"))
                    .Append(relative).Append(".dat, ").Append(string.Join(", ", entries)).Append('\n');
            }

            string infoPath = Path.Combine(folder, FormattableString.Invariant($"bbobexp_f{id}.info"));
            AtomicFile.WriteAllText(infoPath, info.ToString());
            files.Add(infoPath);
        }

        return files;
    }

    private static void AppendLines(StringBuilder text, IReadOnlyList<BenchLogEntry> lines, double fStar, long total)
    {
        if (lines.Count == 0)
        {
            text.Append(total.ToString(CultureInfo.InvariantCulture)).Append(" inf inf inf inf\n");
            return;
        }

        foreach (var line in lines)
        {
            text.Append(Math.Max(1, line.Cost).ToString(CultureInfo.InvariantCulture))
                .Append(' ').Append(Signed(line.Value - fStar))
                .Append(' ').Append(Signed(line.BestValue - fStar))
                .Append(' ').Append(Signed(line.Value))
                .Append(' ').Append(Signed(line.BestValue))
                .Append('\n');
        }
    }

    /// <summary>C's <c>%+10.9e</c>.</summary>
    private static string Signed(double v) => double.IsFinite(v) ? v.ToString("+0.000000000e+00;-0.000000000e+00", CultureInfo.InvariantCulture) : Infinite(v);

    /// <summary>C's <c>%13.12e</c>.</summary>
    private static string Fixed(double v) => double.IsFinite(v) ? v.ToString("0.000000000000e+00", CultureInfo.InvariantCulture) : Infinite(v);

    /// <summary>C's <c>%.1e</c>.</summary>
    private static string Short(double v) => double.IsFinite(v) ? v.ToString("0.0e+00", CultureInfo.InvariantCulture) : Infinite(v);

    private static string Infinite(double v) => double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
}
