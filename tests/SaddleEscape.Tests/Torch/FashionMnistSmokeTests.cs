using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.PsgdComparison;
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Models;

namespace SaddleEscape.Tests.Torch;

/// <summary>The CI smoke test on the real Fashion-MNIST from Debian's package (skipped where it is not installed).</summary>
[Collection("console")]
public sealed class FashionMnistSmokeTests
{
    [FashionMnistFact]
    public void LoadsTheRealSetAndTheQuickPipelineWritesAReport()
    {
        var (train, test) = FashionMnist.Load();
        Assert.Equal((60_000, 10_000), (train.Count, test.Count));
        Assert.Equal((1, 28, 28), (train.Channels, train.Height, train.Width));
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(6000, train.Labels.Count(l => l == c)));
        Assert.InRange(train.Pixels.Average(), 0.25, 0.32); // Fashion-MNIST's mean pixel is 0.286

        string dir = Path.Combine(Path.GetTempPath(), "saddle-psgd-" + Guid.NewGuid().ToString("N"));
        try
        {
            int code = SaddleEscape.Cli.SaddleCommandLine.Run(["reproduce", "psgd-mlp", "--quick", "--out", dir, "--set",
                "epochs=2", "trials=2", "train=6000", "test=1000", "radii=0.015", "hessian_steps=10", "loss=cross-entropy", "lr=1", "baseline_epochs=1"],
                SaddleEscape.Experiments.Torch.NetworkExperiments.Registry);
            Assert.Equal(0, code);
            string folder = Path.Combine(dir, "psgd-mlp");
            Assert.True(File.Exists(Path.Combine(folder, "report.md")));
            Assert.Contains("**Sanity baseline.** The same MLP on the same data, trained with cross-entropy and Adam", File.ReadAllText(Path.Combine(folder, "report.md")), StringComparison.Ordinal);
            Assert.True(new FileInfo(Path.Combine(folder, "test-accuracy.png")).Length > 10_000);
            using (var store = ResultsStore.Open(Path.Combine(folder, "results.sqlite")))
            {
                var runs = store.Load("psgd-mlp").Select(j => ExperimentJson.Deserialize<PsgdRecord>(j.Record)).ToList();
                Assert.Equal(["PSGD r=0.015", "PSGD r=0.015", "SGD", "SGD", PsgdRecord.BaselineName], runs.Select(r => r.Optimizer).Order(StringComparer.Ordinal));
                Assert.All(runs, r => Assert.Equal(r.Baseline ? 1 : 2, r.Epochs.Count));
            }

            var lines = File.ReadAllLines(Path.Combine(folder, "epochs.csv"));
            Assert.Equal(1 + (2 * 2 * 2), lines.Length);
            // Cross-entropy with η = 0.5 learns: after 2 epochs on 6 000 images, test accuracy well above chance (10 %).
            double last = double.Parse(lines[^1].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(last > 0.5, $"final test accuracy {last}");
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

/// <summary>Issue 13's sanity baseline: data, labels and model are right if the seed's MLP learns with a standard recipe.</summary>
[Collection("console")] // reseeds torch's global generator
public sealed class FashionMnistBaselineTests
{
    [FashionMnistFact]
    public void TheSeedsMlpWithCrossEntropyAndAdamReaches85PercentWithinFiveEpochs()
    {
        var (train, test) = FashionMnist.Load();
        TorchSharp.torch.set_num_threads(Math.Max(1, Environment.ProcessorCount));
        using var trainer = new SaddleEscape.Torch.Training.ImageClassifierTrainer(train, test, ClassificationLoss.CrossEntropy);
        TorchSharp.torch.manual_seed(1);
        using var network = MultilayerPerceptron.FarrellQuinteroPena(train.ImageSize);
        using var adam = TorchSharp.torch.optim.Adam(network.parameters(), 1e-3);
        var history = trainer.Fit(network, adam, epochs: 5, batchSize: 128, shuffleSeed: 2);
        Assert.True(history[^1].TestAccuracy >= 0.85, $"test accuracy after 5 epochs {history[^1].TestAccuracy:P1} (epochs: {string.Join(", ", history.Select(h => h.TestAccuracy.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)))})");
    }
}

public sealed class PsgdReportWithoutDataTests
{
    /// <summary>Within <c>reproduce all</c>, missing data skips the experiment and says why, instead of failing the whole run; alone it is a bad argument.</summary>
    [Fact]
    public void AllSkipsTheExperimentAndSaysWhy()
    {
        string dir = Directory.CreateTempSubdirectory("saddle-skip-").FullName;
        try
        {
            var experiment = new PsgdComparisonExperiment("mlp");
            var outcome = experiment.Execute(new ExperimentRequest(dir, Quick: true, Data: "/nonexistent/fashion", PartOfAll: true), SilentProgress.Instance);
            Assert.StartsWith("Fashion-MNIST not found in /nonexistent/fashion", outcome.SkippedBecause, StringComparison.Ordinal);
            Assert.Contains("apt-get install dataset-fashion-mnist", outcome.SkippedBecause, StringComparison.Ordinal);
            Assert.Null(outcome.ReportPath);
            Assert.Throws<ArgumentException>(() => experiment.Execute(new ExperimentRequest(dir, Quick: true, Data: "/nonexistent/fashion"), SilentProgress.Instance));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
