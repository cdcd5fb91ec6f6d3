using SaddleEscape.Experiments.EscapeTime;
using System.Globalization;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class EscapeTimeTests
{
    [Fact]
    public void ASmallRunWritesItsReportWithTheFourPlotsAndGdAgreesInBothArithmetics()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-escape-time-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "escape-time", "--quick", "--set", "dimensions=2,3,4,6", "seeds=2", "extended_max_dimension=6", "max_iterations=20000", "--out", dir]));
            string root = Path.Combine(dir, "escape-time");
            foreach (var png in new[] { "iterations.png", "gradients.png", "hvps.png", "cost.png" })
            {
                Assert.True(new FileInfo(Path.Combine(root, png)).Length > 10_000, png);
            }

            var runs = File.ReadAllLines(Path.Combine(root, "runs.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Equal(EscapeTimeSettings.Methods.Count * 4 * 2, runs.Count);
            long? Iterations(string method, int d, int seed) => runs.Where(r => r[0] == method && r[1] == d.ToString(CultureInfo.InvariantCulture) && r[2] == seed.ToString(CultureInfo.InvariantCulture))
                .Select(r => r[3].Length == 0 ? (long?)null : long.Parse(r[3], CultureInfo.InvariantCulture)).Single();
            for (int seed = 0; seed < 2; seed++)
            {
                Assert.Equal(Iterations("gd", 4, seed), Iterations(EscapeTimeSettings.ExtendedGd, 4, seed));
                Assert.Null(Iterations("gd", 6, seed));
                Assert.NotNull(Iterations(EscapeTimeSettings.ExtendedGd, 6, seed));
                Assert.NotNull(Iterations("cubic", 6, seed));
            }

            string report = File.ReadAllText(Path.Combine(root, "report.md"));
            Assert.Contains("**Which grow exponentially with d.** `gd`, `gd (extended exponent)`; polynomially: ", report, StringComparison.Ordinal);
            Assert.Contains("took the same number of iterations in 6/6 runs", report, StringComparison.Ordinal);
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
