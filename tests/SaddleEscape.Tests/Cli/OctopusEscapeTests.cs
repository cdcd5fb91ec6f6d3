using SaddleEscape.Experiments;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class OctopusEscapeTests
{
    /// <summary>The criterion: at d = 10 over 5 seeds GD's median iterations are at least 10× PGD's.</summary>
    [Fact]
    public void AtDimensionTenGradientDescentNeedsTenTimesMoreIterationsThanPgd()
    {
        var settings = new OctopusEscapeSettings([10], 5, 20_000);
        double Median(string optimizer)
        {
            var (_, options) = OctopusEscapeSettings.Methods.First(m => m.Optimizer == optimizer);
            var iterations = Enumerable.Range(0, 5)
                .Select(seed => OctopusEscapeExperiment.RunOne(optimizer, options, 10, seed, settings).Iterations is { } it ? (double)it : double.PositiveInfinity)
                .Order().ToArray();
            return iterations[2];
        }

        double pgd = Median("pgd");
        double gd = Median("gd");
        Assert.True(double.IsFinite(pgd) && pgd < 2_000, $"PGD median {pgd}");
        Assert.True(gd >= 10 * pgd, $"GD median {gd} vs PGD {pgd}");
    }

    [Fact]
    public void QuickExperimentWritesItsReport()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-octopus-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "octopus-escape", "--quick", "--out", dir]));
            string report = File.ReadAllText(Path.Combine(dir, "octopus-escape", "report.md"));
            Assert.Contains("| 10 |", report, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "octopus-escape", "octopus-escape.png")));
            Assert.True(File.ReadAllLines(Path.Combine(dir, "octopus-escape", "runs.csv")).Length == 1 + (4 * 9 * 5));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
