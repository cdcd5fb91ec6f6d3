using SaddleEscape.Experiments.NeuralLiftComparison;
using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class NeuralLiftExperimentTests
{
    /// <summary>A small nn-lift run: the CSV has one row per d × method, the report carries the table, and the numbers are sane.</summary>
    [Fact]
    public void SmallRunWritesTheTableFromItsRuns()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-lift-" + Guid.NewGuid().ToString("N"));
        try
        {
            var experiment = new NeuralLiftExperiment();
            var request = new ExperimentRequest(dir, Quick: true, Set: ["dimensions=3,5", "seeds=2", "samples=2000", "test_samples=1000", "curve_samples=1000,3000", "curve_seeds=2"]);
            var outcome = experiment.Execute(request, SilentProgress.Instance);
            Assert.Equal((2 * 5 * 2) + (2 * 2 * 2) + (2 * 2), outcome.JobsRun);
            var summary = experiment.Summary(request);

            var lines = File.ReadAllLines(Path.Combine(dir, "nn-lift", "table.csv"));
            var header = lines[0].Split(',');
            int dColumn = Array.IndexOf(header, "d"), methodColumn = Array.IndexOf(header, "method"), mseColumn = Array.IndexOf(header, "test_mse_mean");
            Assert.True(dColumn >= 0 && methodColumn >= 0 && mseColumn >= 0);
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Equal(2 * NeuralLiftSettings.TableMethods.Count, rows.Count);
            Assert.Equal(rows.Count, rows.Select(r => (r[dColumn], r[methodColumn])).Distinct().Count());

            foreach (var cell in summary.Cells)
            {
                var runs = summary.Runs.OfType<NeuralLiftTableRecord>().Where(r => r.Dimension == cell.Dimension && r.Method == cell.Method).ToList();
                Assert.Equal(runs.Average(r => r.TestMse), cell.TestMse.Mean, 12);
                var row = rows.Single(r => r[dColumn] == cell.Dimension.ToString(System.Globalization.CultureInfo.InvariantCulture) && r[methodColumn] == cell.Method.Name);
                Assert.Equal(cell.TestMse.Mean, double.Parse(row[mseColumn], System.Globalization.CultureInfo.InvariantCulture), 6);
                // Every method beats the constant predictor; none beats the noise floor by more than sampling error allows (10%).
                Assert.All(runs, r => Assert.True(r.TestMse < r.LabelVariance && r.TestMse > 0.9 * r.NoiseFloor, $"{r.Method} d = {r.Dimension}: {r.TestMse} vs Var {r.LabelVariance}, floor {r.NoiseFloor}"));
            }

            string report = File.ReadAllText(Path.Combine(dir, "nn-lift", "report.md"));
            Assert.Contains("Table 1, ours beside the report's", report, StringComparison.Ordinal);
            Assert.Contains("| 3 | 2 | 1.82 | 0.564 |", report, StringComparison.Ordinal);
            Assert.Contains("| 5 | 3 | 2.03 | 0.663 |", report, StringComparison.Ordinal);
            Assert.Equal(2, summary.Curve.Count(p => p.Method == MomentEstimator.WithControlVariates));
            Assert.True(File.Exists(Path.Combine(dir, "nn-lift", "nn-lift-sample-size.png")));

            // The Fourier diagnostic: an error on the period 2 (at most 1) per d, and the guess's expected error in (0, 1].
            Assert.Equal([3, 5], summary.Fourier.Keys.Order());
            Assert.All(summary.Fourier.Values, f => Assert.True(f.Error.Mean is >= 0 and <= 1 && f.Guess is > 0 and <= 1, $"{f}"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary><c>--only fourier</c> runs the Fourier diagnostic's jobs and nothing else, and the report says what did not run.</summary>
    [Fact]
    public void OnlyRunsTheChosenParts()
    {
        string dir = Path.Combine(Path.GetTempPath(), "saddle-lift-only-" + Guid.NewGuid().ToString("N"));
        try
        {
            var experiment = new NeuralLiftExperiment();
            var request = new ExperimentRequest(dir, Quick: true, Only: ["fourier"], Set: ["dimensions=3,5", "seeds=2", "samples=2000"]);
            Assert.Equal(2 * 2, experiment.CountJobs(request));
            var outcome = experiment.Execute(request, SilentProgress.Instance);
            Assert.Equal(2 * 2, outcome.JobsRun);
            var summary = experiment.Summary(request);
            Assert.All(summary.Runs, r => Assert.IsType<NeuralLiftFourierRecord>(r));
            Assert.Empty(summary.Cells);
            Assert.Empty(summary.Curve);
            Assert.Equal([3, 5], summary.Fourier.Keys.Order());
            // Only the Fourier claim is judged: no Table 1 verdicts and no O(1/√n) verdict from a curve that did not run.
            Assert.Single(summary.Verdicts);
            Assert.Contains("Fourier transform", summary.Verdicts[0].Claim, StringComparison.Ordinal);
            Assert.Contains("the Table 1 part was not run", File.ReadAllText(Path.Combine(dir, "nn-lift", "report.md")), StringComparison.Ordinal);
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
