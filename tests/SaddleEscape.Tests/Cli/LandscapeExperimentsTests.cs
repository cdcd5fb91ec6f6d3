using System.Globalization;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class LandscapeExperimentsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "saddle-landscape-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    [Fact]
    public void SpinGlassWritesItsReportAndEveryPolishedPointHasAnIndex()
    {
        Assert.Equal(0, SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "spin-glass", "--quick", "--set", "spins=12", "starts=14", "--out", _dir]));
        string root = Path.Combine(_dir, "spin-glass");
        Assert.True(new FileInfo(Path.Combine(root, "index-vs-energy-N12.png")).Length > 10_000);
        Assert.True(new FileInfo(Path.Combine(root, "energy-histogram-N12.png")).Length > 10_000);
        var points = File.ReadAllLines(Path.Combine(root, "points.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal("12", p[0]));
        Assert.All(points, p => Assert.True(int.Parse(p[2], CultureInfo.InvariantCulture) >= 0));
        // The long descents end at minima: some distinct point has index 0.
        Assert.Contains(points, p => p[2] == "0");
        Assert.Contains("## Verdict", File.ReadAllText(Path.Combine(root, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void LevelSetsWritesItsReportAndAConvexLikeHighLevelConnectsWithLengthNearOne()
    {
        Assert.Equal(0, SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "level-sets", "--quick", "--set", "cubic_levels=0.01", "teacher_levels=0.1", "pairs=1", "--out", _dir]));
        string root = Path.Combine(_dir, "level-sets");
        Assert.True(new FileInfo(Path.Combine(root, "geodesic-length.png")).Length > 10_000);
        var runs = File.ReadAllLines(Path.Combine(root, "runs.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r =>
        {
            Assert.Equal("true", r[4]);
            Assert.InRange(double.Parse(r[5], CultureInfo.InvariantCulture), 1, 1.2);
        });
    }
}
