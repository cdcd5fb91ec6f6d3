namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class LandscapeDesignReportTests
{
    /// <summary>The landscape part (100 random starts on G at d = 10, App. F) writes its tables and counts every start as global.</summary>
    [Fact]
    public void LandscapePartReportsAllRandomStartsGlobalAndTheSpuriousMinimum()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-ld-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "landscape-design", "--quick", "--only", "landscape", "--out", dir]));
            string report = File.ReadAllText(Path.Combine(dir, "landscape-design", "report.md"));
            Assert.Contains("**100/100** end at a certified local minimum", report, StringComparison.Ordinal);
            Assert.Contains("| 2.1 | 2 | 0 |", report, StringComparison.Ordinal);
            Assert.Contains("| 1.9 | 2 | 0 | -0.2 | strict-saddle | 0 | strict saddle |", report, StringComparison.Ordinal);
            Assert.Equal(2, report.Split("spurious local minimum |").Length - 1);
            Assert.DoesNotContain("f, ReLU (Fig. 1)", report, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
