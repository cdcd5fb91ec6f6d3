using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.SaddleBench;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The IOHprofiler export against IOHanalyzer's documented layout (dataformat.md: meta-data lines, raw-data blocks).</summary>
public sealed partial class IohProfilerExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-ioh-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [GeneratedRegex(@"^(\d+):(\d+)\|([-+0-9.e]+)$")]
    private static partial Regex Entry();

    [Fact]
    public void TheExportFollowsIohAnalyzersMetaDataAndTwoColumnRawDataLayout()
    {
        var family = BenchSuite.Quick.Family("quadratic-saddle");
        var records = new List<BenchRecord>();
        foreach (int i in new[] { 1, 2 })
        {
            var instance = BenchInstance.Create(family, 10, i);
            foreach (var start in instance.StartKinds)
            {
                foreach (var solver in new[] { "gd", "pgd" })
                {
                    records.Add(BenchHarness.Run(instance, start, BenchSolvers.Create(solver, instance), BenchSuite.Quick.BudgetFor(instance.PointLength), i));
                }
            }
        }

        IohProfilerExport.Write(records, _dir);
        foreach (var solver in new[] { "gd", "pgd" })
        {
            string info = Path.Combine(_dir, solver, "IOHprofiler_f1_quadratic-saddle.info");
            var lines = File.ReadAllLines(info);
            Assert.Equal(3, lines.Length);

            // Line 1: comma-separated name = value pairs with the mandatory, case-sensitive funcId, DIM and algId.
            var pairs = lines[0].Split(", ").Select(p => p.Split(" = ")).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal("1", pairs["funcId"]);
            Assert.Equal("10", pairs["DIM"]);
            Assert.Equal($"'{solver}'", pairs["algId"]);

            // Line 2: starts with a single %.
            Assert.StartsWith("%", lines[1]);

            // Line 3: the raw-data file's relative path, then instance:running time|best-so-far f(x) per run.
            var parts = lines[2].Split(", ");
            string dat = Path.Combine(_dir, solver, parts[0]);
            Assert.True(File.Exists(dat), parts[0]);
            var entries = parts.Skip(1).Select(e => Entry().Match(e)).ToList();
            Assert.All(entries, m => Assert.True(m.Success));
            Assert.Equal(4, entries.Count);

            // Raw data: one block per run under the separation line, two numbers per line, best-so-far non-increasing,
            // and each block ends with the run's last evaluation (= the running time of its meta-data entry).
            var blocks = new List<List<(long Evaluations, double Best)>>();
            foreach (var line in File.ReadAllLines(dat))
            {
                if (line == IohProfilerExport.SeparationLine)
                {
                    blocks.Add([]);
                    continue;
                }

                var cells = line.Split(' ');
                Assert.Equal(2, cells.Length);
                blocks[^1].Add((long.Parse(cells[0], CultureInfo.InvariantCulture), double.Parse(cells[1], CultureInfo.InvariantCulture)));
            }

            Assert.Equal(entries.Count, blocks.Count);
            for (int b = 0; b < blocks.Count; b++)
            {
                var block = blocks[b];
                Assert.True(block.Zip(block.Skip(1)).All(p => p.Second.Evaluations >= p.First.Evaluations && p.Second.Best <= p.First.Best));
                Assert.Equal(long.Parse(entries[b].Groups[2].Value, CultureInfo.InvariantCulture), block[^1].Evaluations);
                Assert.Equal(double.Parse(entries[b].Groups[3].Value, CultureInfo.InvariantCulture), block[^1].Best);
            }
        }

        // gd from the exact saddle reaches no ε below the saddle-accepting 10⁻¹; pgd reaches 10⁻⁶ from every start.
        var pgdInfo = File.ReadAllLines(Path.Combine(_dir, "pgd", "IOHprofiler_f1_quadratic-saddle.info"))[2];
        Assert.All(pgdInfo.Split(", ").Skip(1), e => Assert.EndsWith("|1.00000e-06", e));
        var gdSaddle = File.ReadAllLines(Path.Combine(_dir, "gd", "IOHprofiler_f1_quadratic-saddle.info"))[2].Split(", ").Skip(1).Where(e => e.StartsWith("100", StringComparison.Ordinal));
        Assert.All(gdSaddle, e => Assert.True(double.Parse(e.Split('|')[1], CultureInfo.InvariantCulture) >= 0.1));
    }
}
