using Parquet;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Sweeps;

namespace SaddleEscape.Tests.Experiments;

[Collection("console")]
public sealed class SweepTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-sweep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private const string Small = """
        name = "small"
        seeds = 3
        dimensions = [4, 6]
        [[problems]]
        name = "quadratic-saddle"
        set = { start = "stable-manifold", gamma = [0.5, 1.0] }
        [[optimizers]]
        name = "gd"
        [[optimizers]]
        name = "pgd"
        opt = { r = 0.01 }
        [run]
        max_iterations = 20000
        grad_tol = 1e-8
        [report]
        metric = "gradient_evaluations"
        axis = "set.gamma"
        """;

    [Fact]
    public void TheGridExpandsToEveryCombinationAndTheReportCountsWhatEnded()
    {
        var spec = SweepFile.Load(File("small.toml", Small));
        var experiment = new SweepExperiment(spec);
        var request = new ExperimentRequest(Path.Combine(_dir, "out"));
        Assert.Equal(2 * 2 * 2 * 3, experiment.CountJobs(request));
        var outcome = experiment.Execute(request, SilentProgress.Instance);
        Assert.Equal(24, outcome.JobsRun);
        var summary = experiment.Summary(request);
        Assert.Equal(8, summary.Cells.Count);
        // From the stable manifold, GD converges to the saddle and PGD escapes to a certified minimum: the sweep must say so.
        Assert.All(summary.Cells.Where(c => c.Job.Optimizer == "gd"), c => Assert.Equal(0, c.LocalMinFraction));
        Assert.All(summary.Cells.Where(c => c.Job.Optimizer == "pgd"), c => Assert.Equal(1, c.LocalMinFraction));
        Assert.All(summary.Cells.Where(c => c.Job.Optimizer == "pgd"), c => Assert.True(c.MedianRecoveryError < 1e-4, $"{c.Job.Cell}: {c.MedianRecoveryError}"));
        foreach (var file in new[] { "report.md", "gradient_evaluations-vs-set-gamma.png", "results.parquet", "results.csv", "cells.csv" })
        {
            Assert.True(System.IO.File.Exists(Path.Combine(_dir, "out", file)), file);
        }
    }

    [Fact]
    public async Task ResultsParquetHoldsOneTypedRowPerRun()
    {
        var spec = SweepFile.Load(File("small.toml", Small.Replace("seeds = 3", "seeds = 1", StringComparison.Ordinal)));
        var request = new ExperimentRequest(Path.Combine(_dir, "pq"));
        new SweepExperiment(spec).Execute(request, SilentProgress.Instance);
        await using var stream = System.IO.File.OpenRead(Path.Combine(_dir, "pq", "results.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var types = reader.Schema.GetDataFields().ToDictionary(f => f.Name, f => Nullable.GetUnderlyingType(f.ClrType) ?? f.ClrType);
        Assert.Equal(typeof(long), types["record.iterations"]);
        Assert.Equal(typeof(double), types["record.final_value"]);
        Assert.Equal(typeof(bool), types["record.converged"]);
        Assert.DoesNotContain(types["job.optimizer"], new[] { typeof(long), typeof(double), typeof(bool) });
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(8, group.RowCount);
        var csv = System.IO.File.ReadAllLines(Path.Combine(_dir, "pq", "results.csv"));
        Assert.Equal(9, csv.Length);
        Assert.Contains("record.classification", csv[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name = \"x\"\n[[problems]]\nname = \"octopus\"\n[[optimizers]]\nname = \"gd\"\nsedes = 3", "unknown key 'sedes'")]
    [InlineData("name = \"x\"\n[[optimizers]]\nname = \"gd\"", "needs at least one [[problems]]")]
    [InlineData("name = \"x\"\n[[problems]]\nname = \"octopus\"\n[[optimizers]]\nname = \"gd\"\n[report]\nmetric = \"speed\"", "metric must be one of")]
    [InlineData("name = \"x\"\n[[problems]]\nname = \"octopus\"\n[[optimizers]]\nname = \"gd\"\n[report]\naxis = \"opt.r\"", "axis must be dimension, set.KEY or opt.KEY")]
    [InlineData("name = \"x\"\nseeds = [1,\n", "bad.toml:3:")]
    public void BadSweepFilesAreRejectedInOneLine(string text, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => SweepFile.Load(File("bad.toml", text)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void UnknownProblemsAndParametersFailBeforeAnythingRuns()
    {
        var spec = SweepFile.Load(File("p.toml", "name = \"x\"\n[[problems]]\nname = \"octopus\"\nset = { tau = 0 }\n[[optimizers]]\nname = \"gd\"\n"));
        var e = Assert.Throws<ArgumentException>(() => new SweepExperiment(spec).CountJobs(new ExperimentRequest(Path.Combine(_dir, "p"))));
        Assert.Contains("tau", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("octopus-pgd-radius.toml")]
    [InlineData("quadratic-saddle-methods.toml")]
    public void TheShippedExamplesParse(string name)
    {
        string path = Path.Combine(RepositoryRoot.Path, "examples", name);
        var spec = SweepFile.Load(path);
        Assert.True(new SweepExperiment(spec).CountJobs(new ExperimentRequest(Path.Combine(_dir, "ex"))) > 10);
    }
}
