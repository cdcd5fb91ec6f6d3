using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.SaddleBench;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// The COCO export against the layout the bbob observer writes and cocopp reads (logger_bbob.c; pproc.DataSet, parseinfo and
/// readalign.split): the .info grammar, the data blocks' header, five columns in their order, monotone evaluations, and the
/// known answers of the quadratic saddle (gd stays at the saddle's gap, pgd reaches f*).
/// </summary>
public sealed partial class CocoExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-coco-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>cocopp's parseinfo: key = 'quoted' or key = literal, comma-separated.</summary>
    [GeneratedRegex(@"\ *([^,=]+?)\ *=\ *('.*?'|[^,]+)\ *(?=,|$)")]
    private static partial Regex Pair();

    /// <summary>A finalised run in the .info data line: instance:evaluations|best f − Fopt (%.1e).</summary>
    [GeneratedRegex(@"^(\d+):(\d+)\|(-?\d\.\de[+-]\d\d+|inf)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^% function evaluation \| noise-free fitness - Fopt \((-?\d\.\d{12}e[+-]\d\d+)\) \| best noise-free fitness - Fopt \| measured fitness \| best measured fitness \| x1 \| x2\.\.\.$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^\d+( [+-]\d\.\d{9}e[+-]\d\d+){4}$")]
    private static partial Regex DataLine();

    [Fact]
    public void TheExportFollowsCocosInfoAndDataFileLayoutAndCarriesTheQuadraticSaddlesKnownAnswers()
    {
        var quadratic = BenchSuite.Quick.Family("quadratic-saddle");
        var spinGlass = BenchSuite.Quick.Family("spin-glass");
        var records = new List<BenchRecord>();
        foreach (int i in new[] { 1, 2 })
        {
            var instance = BenchInstance.Create(quadratic, 10, i);
            foreach (var start in instance.StartKinds)
            {
                foreach (var solver in new[] { "gd", "pgd" })
                {
                    records.Add(BenchHarness.Run(instance, start, BenchSolvers.Create(solver, instance), BenchSuite.Quick.BudgetFor(instance.PointLength), i));
                }
            }
        }

        var glass = BenchInstance.Create(spinGlass, 10, 1);
        Assert.Null(glass.KnownMinimum);
        records.Add(BenchHarness.Run(glass, BenchStartKinds.Random, BenchSolvers.Create("gd", glass), BenchSuite.Quick.BudgetFor(glass.PointLength), 1));

        CocoExport.Write(records, _dir);

        // Where f* is unknown nothing is written (the spin glass is family 2 in the records' order).
        Assert.False(File.Exists(Path.Combine(_dir, "gd", "bbobexp_f2.info")));
        Assert.Null(records[^1].ValueLog);

        foreach (var solver in new[] { "gd", "pgd" })
        {
            var runs = ParseInfo(Path.Combine(_dir, solver, "bbobexp_f1.info"), solver, out string datPath);
            Assert.Equal([1, 2, 1001, 1002], runs.Select(r => r.Instance));
            var dat = ParseData(datPath);
            var tdat = ParseData(Path.ChangeExtension(datPath, ".tdat"));
            Assert.Equal(runs.Count, dat.Count);
            Assert.Equal(runs.Count, tdat.Count);
            for (int r = 0; r < runs.Count; r++)
            {
                var (fopt, targetLines) = dat[r];
                var (foptT, costLines) = tdat[r];
                var record = records.Single(x => x.Family == "quadratic-saddle" && x.Solver == solver && IohProfilerExport.InstanceId(x) == runs[r].Instance);
                Assert.Equal(record.ValueLog!.KnownMinimum, fopt, 12);
                Assert.Equal(fopt, foptT);
                foreach (var lines in new[] { targetLines, costLines })
                {
                    // The first line is the first evaluation; column 1 is column 3 − Fopt and column 2 column 4 − Fopt;
                    // the best gap (cocopp's column 2) never increases and is never above the current gap.
                    Assert.Equal(1, lines[0][0]);
                    foreach (var l in lines)
                    {
                        Assert.Equal(l[3] - fopt, l[1], 1e-8 * Math.Max(1, Math.Abs(l[3])));
                        Assert.Equal(l[4] - fopt, l[2], 1e-8 * Math.Max(1, Math.Abs(l[4])));
                        Assert.True(l[2] <= l[1] + 1e-12, $"best {l[2]} above current {l[1]}");
                    }

                    Assert.True(lines.Zip(lines.Skip(1)).All(p => p.Second[2] <= p.First[2]), "best f − Fopt increases");
                }

                // .dat: evaluations non-decreasing, each line a new best at a new level 10^(k/5).
                Assert.True(targetLines.Zip(targetLines.Skip(1)).All(p => p.Second[0] >= p.First[0]));
                Assert.All(targetLines, l => Assert.Equal(l[1], l[2]));
                var levels = targetLines.Select(l => l[2] > 0 ? Math.Ceiling(5 * Math.Log10(l[2])) : double.NegativeInfinity).ToList();
                Assert.True(levels.Zip(levels.Skip(1)).All(p => p.Second < p.First), string.Join(",", levels));

                // .tdat: evaluations strictly increasing, ending at the run's whole cost = the .info entry's evaluations,
                // whose best f − Fopt is the last line's (%.1e).
                Assert.True(costLines.Zip(costLines.Skip(1)).All(p => p.Second[0] > p.First[0]));
                Assert.Equal(runs[r].Evaluations, costLines[^1][0]);
                Assert.Equal(Math.Max(1, record.Counts.Cost), runs[r].Evaluations);
                Assert.Equal(double.Parse(costLines[^1][2].ToString("0.0e+00", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), runs[r].Best);
            }
        }

        // Known answers: from the exact saddle gd never moves below the saddle's gap f(0) − f* = γ²/(4μ) > 0 (one .dat line),
        // while pgd ends within 10⁻⁶ of f* on every run.
        var gdRuns = ParseInfo(Path.Combine(_dir, "gd", "bbobexp_f1.info"), "gd", out string gdDat);
        var gdBlocks = ParseData(gdDat);
        for (int r = 0; r < gdRuns.Count; r++)
        {
            if (gdRuns[r].Instance > 1000)
            {
                Assert.Single(gdBlocks[r].Lines);
                Assert.True(gdRuns[r].Best > 0.1, $"gd at the saddle: best gap {gdRuns[r].Best}");
            }
        }

        var pgdRuns = ParseInfo(Path.Combine(_dir, "pgd", "bbobexp_f1.info"), "pgd", out _);
        Assert.All(pgdRuns, run => Assert.True(run.Best <= 1e-6, $"pgd instance {run.Instance}: best gap {run.Best}"));
    }

    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(1, 10, 2)]
    [InlineData(2, 10, 3)]
    [InlineData(9, 10, 10)]
    [InlineData(10, 10, 12)]
    [InlineData(11, 10, 12)]
    [InlineData(18, 10, 20)]
    [InlineData(20, 10, 23)]
    [InlineData(49, 10, 50)]
    [InlineData(50, 10, 51)]
    [InlineData(100, 10, 113)]
    [InlineData(100, 30, 113)]
    [InlineData(140, 30, 142)]
    [InlineData(145, 30, 150)]
    public void TheCostTriggersAreCocosTwentyPerDecadeAndOneTwoFiveTimesN(long cost, int n, long next) =>
        Assert.Equal(next, BenchWatch.NextCostTrigger(cost, n));

    private static List<(int Instance, long Evaluations, double Best)> ParseInfo(string path, string solver, out string datPath)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal(3, lines.Length);

        // Header: the keys cocopp reads (DataSet._attributes), quoted strings and literals.
        var pairs = Pair().Matches(lines[0]).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["suite", "funcId", "DIM", "Precision", "algId"], pairs.Keys);
        Assert.Equal("'saddlebench'", pairs["suite"]);
        Assert.Equal("1", pairs["funcId"]);
        Assert.Equal("10", pairs["DIM"]);
        Assert.Equal(1e-8, double.Parse(pairs["Precision"], CultureInfo.InvariantCulture));
        Assert.Equal($"'{solver}'", pairs["algId"]);

        // Comment line: starts with %.
        Assert.StartsWith("% suite_version = " + BenchSuite.Version, lines[1]);

        // Data line: the .dat path relative to the .info, then one finalised entry per run.
        var parts = lines[2].Split(", ");
        Assert.EndsWith(".dat", parts[0]);
        Assert.Equal("data_f1/bbobexp_f1_DIM10.dat", parts[0]);
        datPath = Path.Combine(Path.GetDirectoryName(path)!, parts[0]);
        Assert.True(File.Exists(datPath));
        return [.. parts.Skip(1).Select(e =>
        {
            var m = Entry().Match(e);
            Assert.True(m.Success, e);
            return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        })];
    }

    private static List<(double Fopt, List<double[]> Lines)> ParseData(string path)
    {
        var blocks = new List<(double Fopt, List<double[]> Lines)>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith('%'))
            {
                var header = Header().Match(line);
                Assert.True(header.Success, line);
                blocks.Add((double.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture), []));
                continue;
            }

            Assert.Matches(DataLine(), line);
            blocks[^1].Lines.Add([.. line.Split(' ').Select(c => double.Parse(c, CultureInfo.InvariantCulture))]);
        }

        Assert.All(blocks, b => Assert.NotEmpty(b.Lines));
        return blocks;
    }
}
