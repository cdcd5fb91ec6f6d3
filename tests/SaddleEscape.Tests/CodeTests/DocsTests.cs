using System.Globalization;
using System.Text.RegularExpressions;

namespace SaddleEscape.Tests;

/// <summary>
/// The README, CONTRIBUTING.md and the pages under docs/ stay true: every page and figure they link exists, every path
/// CONTRIBUTING.md names exists, every line an experiment page quotes from a report is in that report, and the numbers the
/// README's experiment table and the pages state equal what the docs' CSVs hold, to the precision they are printed with.
/// </summary>
public sealed partial class DocsTests
{
    private static string Root => RepositoryRoot.Path;

    private static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static readonly string[] ExperimentNames =
    [
        "octopus-escape", "escape-time", "tensor-decomposition", "landscape-design", "nn-lift",
        "spin-glass", "level-sets", "spectra", "psgd-mlp", "psgd-cnn",
    ];

    /// <summary>The ten experiments, each with its page docs/NAME.md.</summary>
    public static TheoryData<string> Experiments => [.. ExperimentNames];

    private static IEnumerable<string> Documents() =>
        new[] { "README.md", "CONTRIBUTING.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.TopDirectoryOnly)
                .Select(f => Path.GetRelativePath(Root, f)));

    [Fact]
    public void EveryPageAndFigureTheReadmeAndTheDocsLinkExists()
    {
        var missing = new List<string>();
        int links = 0;
        foreach (string document in Documents())
        {
            string folder = Path.GetDirectoryName(Path.Combine(Root, document))!;
            foreach (Match m in Link().Matches(Read(document)))
            {
                string target = m.Groups[1].Value;
                if (target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith('#'))
                {
                    continue;
                }

                links++;
                string path = Path.GetFullPath(Path.Combine(folder, target.Split('#')[0]));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    missing.Add($"{document} → {target}");
                }
            }
        }

        Assert.True(links > 50, $"only {links} relative links found: the link pattern no longer matches");
        Assert.True(missing.Count == 0, "links to nothing:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheReadmeLinksOnePageForEveryExperimentAndStaysShort()
    {
        string readme = Read("README.md");
        Assert.True(readme.Split('\n').Length <= 301, $"README.md has {readme.Split('\n').Length} lines (at most 300)");
        foreach (string experiment in ExperimentNames)
        {
            Assert.Contains($"(docs/{experiment}.md)", readme, StringComparison.Ordinal);
            Assert.Contains($"({experiment}.md)", Read("docs/README.md"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryFilePathContributingNamesExists()
    {
        var paths = Backticked().Matches(Read("CONTRIBUTING.md")).Select(m => m.Groups[1].Value)
            .Where(p => p.Contains('/', StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(paths.Count >= 20, $"CONTRIBUTING.md names only {paths.Count} paths");
        var missing = paths.Where(p => !File.Exists(Path.Combine(Root, p)) && !Directory.Exists(Path.Combine(Root, p))).ToList();
        Assert.True(missing.Count == 0, "CONTRIBUTING.md names paths that do not exist:\n" + string.Join("\n", missing));
    }

    /// <summary>Every <c>&lt;!-- quote: X --&gt;</c> block of docs/NAME.md quotes lines that are, verbatim, lines of docs/X.</summary>
    [Theory]
    [MemberData(nameof(Experiments))]
    public void AnExperimentPageQuotesItsReportVerbatim(string experiment)
    {
        string page = Read($"docs/{experiment}.md");
        var blocks = QuoteBlock().Matches(page);
        Assert.True(blocks.Count > 0, $"docs/{experiment}.md quotes no report");
        foreach (Match block in blocks)
        {
            string report = block.Groups[1].Value;
            var lines = Read(Path.Combine("docs", report)).Split('\n').ToHashSet(StringComparer.Ordinal);
            var quoted = block.Groups[2].Value.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
            Assert.True(quoted.Count > 0, $"docs/{experiment}.md: an empty quote of {report}");
            var stale = quoted.Where(l => !lines.Contains(l)).ToList();
            Assert.True(stale.Count == 0, $"docs/{experiment}.md quotes lines that docs/{report} no longer has (regenerate the quote):\n" + string.Join("\n", stale));
        }
    }

    // ---- numbers quoted beside the CSVs they come from -------------------------------------------------------------

    private static List<Dictionary<string, string>> Csv(string relative)
    {
        var lines = Read(relative).Split('\n').Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(cells => header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : ""))
            .ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal)).ToList();
    }

    private static double Number(string text) => double.Parse(text.Replace('−', '-').Replace(" ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>The README's experiment-table row of <paramref name="experiment"/>.</summary>
    private static string Row(string experiment)
    {
        var rows = Read("README.md").Split('\n').Where(l => l.StartsWith($"| `{experiment}` |", StringComparison.Ordinal) && l.EndsWith($"(docs/{experiment}.md) |", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count == 1, $"README.md has {rows.Count} experiment-table rows for {experiment}");
        return rows[0];
    }

    /// <summary>The groups of the one match of <paramref name="pattern"/> in <paramref name="text"/>.</summary>
    private static GroupCollection Find(string text, string pattern, string where)
    {
        var matches = Regex.Matches(text, pattern);
        Assert.True(matches.Count == 1, $"{where}: '{pattern}' matches {matches.Count} times (once expected)");
        return matches[0].Groups;
    }

    /// <summary>A quoted number equals the measured one to the precision it is printed with (half a unit in its last digit).</summary>
    private static void Printed(string quoted, double measured, string what)
    {
        int dot = quoted.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 ? 0 : quoted.Length - dot - 1;
        double tolerance = (0.5 * Math.Pow(10, -decimals)) + 1e-12;
        Assert.True(Math.Abs(Number(quoted) - measured) <= tolerance, $"{what}: printed {quoted}, the CSV says {measured.ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static double Mean(IEnumerable<double> values) => values.Average();

    [Fact]
    public void TheNetworkNumbersMatchTheirRuns()
    {
        // README: the seed's full design, 10 trials: SGD and every PSGD radius, mean final test accuracy.
        var full = Csv("docs/psgd-mlp-full/runs.csv");
        var g = Find(Row("psgd-mlp"), @"(\d+) trials, SGD ([\d.]+) %, every radius ([\d.]+) %", "README psgd-mlp");
        Assert.Equal(full.Count(r => r["optimizer"] == "SGD"), int.Parse(g[1].Value, CultureInfo.InvariantCulture));
        Printed(g[2].Value, 100 * Mean(full.Where(r => r["optimizer"] == "SGD").Select(r => Number(r["final_test_accuracy"]))), "psgd-mlp full, SGD");
        foreach (var radius in full.Where(r => r["optimizer"] != "SGD").GroupBy(r => r["radius"]))
        {
            Printed(g[3].Value, 100 * Mean(radius.Select(r => Number(r["final_test_accuracy"]))), $"psgd-mlp full, r = {radius.Key}");
        }

        // docs/psgd-mlp.md and docs/psgd-cnn.md: the quick runs' final test accuracy, SGD and PSGD.
        foreach (var (page, folder) in new[] { ("docs/psgd-mlp.md", "docs/psgd-mlp-quick"), ("docs/psgd-cnn.md", "docs/psgd-cnn-quick") })
        {
            var quick = Csv($"{folder}/runs.csv");
            var q = Find(Read(page), @"quick run ends at SGD ([\d.]+) % and PSGD ([\d.]+) % final test accuracy", page);
            Printed(q[1].Value, 100 * Mean(quick.Where(r => r["optimizer"] == "SGD").Select(r => Number(r["final_test_accuracy"]))), $"{page}, quick SGD");
            Printed(q[2].Value, 100 * Mean(quick.Where(r => r["optimizer"] != "SGD").Select(r => Number(r["final_test_accuracy"]))), $"{page}, quick PSGD");
        }
    }

    [Fact]
    public void TheSpinGlassNumbersMatchItsPoints()
    {
        var points = Csv("docs/spin-glass/points.csv");
        double threshold = -2 * Math.Sqrt(2.0 / 3.0);
        foreach (string text in new[] { Row("spin-glass"), Read("docs/spin-glass.md") })
        {
            var g = Find(text, @"lowest H/N (−[\d.]+) at N = (\d+), (\d+)/(\d+) distinct minima below E∞", "spin-glass");
            string n = g[2].Value;
            var atN = points.Where(p => p["spins"] == n).ToList();
            var minima = atN.Where(p => p["index"] == "0").ToList();
            Assert.True(atN.Count > 0, $"points.csv has no N = {n}");
            Printed(g[1].Value, atN.Min(p => Number(p["energy"])), $"spin-glass lowest H/N at N = {n}");
            Assert.Equal(minima.Count(p => Number(p["energy"]) < threshold), int.Parse(g[3].Value, CultureInfo.InvariantCulture));
            Assert.Equal(minima.Count, int.Parse(g[4].Value, CultureInfo.InvariantCulture));
        }

        // The trend docs/spin-glass.md states: the lowest energy found at each N, in the order of N.
        var trend = Find(Read("docs/spin-glass.md"), @"lowest energy\s+found falls with N \((−[\d.]+) → (−[\d.]+) → (−[\d.]+)\)", "docs/spin-glass.md");
        var sizes = points.Select(p => int.Parse(p["spins"], CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.Equal(3, sizes.Count);
        for (int i = 0; i < 3; i++)
        {
            Printed(trend[i + 1].Value, points.Where(p => p["spins"] == sizes[i].ToString(CultureInfo.InvariantCulture)).Min(p => Number(p["energy"])), $"spin-glass lowest at N = {sizes[i]}");
        }
    }

    [Fact]
    public void TheOtherExperimentRowsMatchTheirCsvs()
    {
        var octopus = Csv("docs/octopus-escape/medians.csv");
        var o = Find(Row("octopus-escape"), @"d = (\d+), GD > 10⁶ iterations \(censored\), PGD median (\d+)", "README octopus-escape");
        var cell = octopus.Single(r => r["optimizer"] == "pgd" && r["dimension"] == o[1].Value);
        Printed(o[2].Value, Number(cell["median_iterations"]), "octopus PGD median");
        Assert.Equal("inf", octopus.Single(r => r["optimizer"] == "gd" && r["dimension"] == o[1].Value)["median_iterations"]);

        var growth = Csv("docs/escape-time/growth.csv");
        var e = Find(Row("escape-time"), @"GD ×([\d.]+) per dimension \(extended exponent\)", "README escape-time");
        Printed(e[1].Value, Number(growth.Single(r => r["method"] == "gd (extended exponent)")["factor_per_dimension"]), "escape-time GD growth");
        Assert.All(growth.Where(r => !r["method"].StartsWith("gd", StringComparison.Ordinal)), r => Assert.Equal("false", r["exponential"]));

        var tensor = Csv("docs/tensor-decomposition/cells.csv");
        var t = Find(Row("tensor-decomposition"), @"(\d+)/(\d+) recovered and certified at d = (\d+)", "README tensor-decomposition");
        foreach (string method in new[] { "noisy-sgd", "pgd" })
        {
            var c = tensor.Single(r => r["method"] == method && r["dimension"] == t[3].Value && r["noisy"] == "false");
            Assert.Equal(t[2].Value, c["runs"]);
            Assert.Equal(t[1].Value, c["recovered"]);
            Assert.Equal(t[1].Value, c["certified"]);
        }

        var table = Csv("docs/nn-lift/table.csv");
        var ratios = table.Where(r => r["method"] == "nn-lift-ngd-fourier")
            .Select(r => Number(r["test_mse_mean"]) / Number(table.Single(b => b["method"] == "backprop" && b["d"] == r["d"])["test_mse_mean"])).ToList();
        var nn = Find(Row("nn-lift"), @"reproduces \(([\d.]+)–([\d.]+)×\)", "README nn-lift");
        Printed(nn[1].Value, ratios.Min(), "nn-lift smallest ratio");
        Printed(nn[2].Value, ratios.Max(), "nn-lift largest ratio");

        var design = Csv("docs/landscape-design-quick/runs.csv");
        var full = Csv("docs/landscape-design-full-fprime-centred/runs.csv");
        var l = Find(Row("landscape-design"), @"G in part, (\d+)/(\d+)\); d = 50: f′ does not reproduce \((\d+)/(\d+)\), (\d+)/(\d+) with centred labels", "README landscape-design");
        static string Recovered(List<Dictionary<string, string>> runs, string setting) =>
            $"{runs.Count(r => r["setting"] == setting && Number(r["final_error"]) <= 0.05)}/{runs.Count(r => r["setting"] == setting)}";
        Assert.Equal(Recovered(design, "G"), $"{l[1].Value}/{l[2].Value}");
        Assert.Equal(Recovered(full, "fprime"), $"{l[3].Value}/{l[4].Value}");
        Assert.Equal(Recovered(full, "fprime-centred"), $"{l[5].Value}/{l[6].Value}");

        var cells = Csv("docs/level-sets/cells.csv");
        var s = Find(Row("level-sets"), @"(\d+)/(\d+) strings connected", "README level-sets");
        Assert.Equal($"{cells.Sum(c => int.Parse(c["connected"], CultureInfo.InvariantCulture))}/{cells.Sum(c => int.Parse(c["strings"], CultureInfo.InvariantCulture))}", $"{s[1].Value}/{s[2].Value}");

        var linear = Csv("docs/spectra/deep-linear.csv");
        var sp = Find(Row("spectra"), @"closed-form values reproduce \((\d+)/(\d+)\); every-minimum-global inconclusive \(no minimum found\)", "README spectra");
        Assert.Equal(sp[2].Value, linear.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(sp[1].Value, linear.Count(r => r["converged"] == "true").ToString(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(linear, r => r["index"] == "0");
        var values = Find(Read("docs/spectra/report.md"), @"Kawaguchi 2016\): ((?:−?[\d.]+(?:e-?\d+)?, )+−?[\d.]+(?:e-?\d+)?)\.", "docs/spectra/report.md")[1].Value
            .Split(", ").Select(Number).ToList();
        Assert.Equal(8, values.Count);
        Assert.All(linear.Where(r => r["converged"] == "true"), r => Assert.Contains(values, v => Math.Abs(v - Number(r["energy"])) <= 1e-4));
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]*)+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"<!-- quote: (\S+) -->\n(.*?)<!-- end quote -->", RegexOptions.Singleline)]
    private static partial Regex QuoteBlock();
}
