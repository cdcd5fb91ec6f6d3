using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class OctopusEscapeTests
{
    /// <summary>At d = 10 over 5 seeds GD's median iterations are at least 10× PGD's.</summary>
    [Fact]
    public void AtDimensionTenGradientDescentNeedsTenTimesMoreIterationsThanPgd()
    {
        var experiment = new OctopusEscapeExperiment();
        var settings = new OctopusEscapeSettings([10], 5, 20_000);
        double Median(string optimizer)
        {
            var jobs = experiment.Jobs(settings).Where(j => j.Method.Name == optimizer).ToList();
            Assert.Equal(5, jobs.Count);
            var iterations = jobs.Select(j => experiment.Run(j, JobContext.None).Iterations is { } it ? (double)it : double.PositiveInfinity).Order().ToArray();
            return iterations[2];
        }

        double pgd = Median("pgd");
        double gd = Median("gd");
        Assert.True(double.IsFinite(pgd) && pgd < 2_000, $"PGD median {pgd}");
        Assert.True(gd >= 10 * pgd, $"GD median {gd} vs PGD {pgd}");
    }

    [Fact]
    public void QuickExperimentWritesItsReportAndItsSummaryCountsEveryRun()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-octopus-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "octopus-escape", "--quick", "--out", dir]));
            Assert.True(File.Exists(Path.Combine(dir, "octopus-escape", "report.md")));
            Assert.True(new FileInfo(Path.Combine(dir, "octopus-escape", "octopus-escape.png")).Length > 10_000);
            Assert.Equal(1 + (4 * 9 * 5), File.ReadAllLines(Path.Combine(dir, "octopus-escape", "runs.csv")).Length);
            Assert.True(File.Exists(Path.Combine(dir, "index.md")));
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
