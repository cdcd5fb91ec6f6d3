using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.SaddleBench;
using SaddleEscape.Tests.Benchmarking;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The "done when": <c>saddle bench --quick</c> writes the report, the PNGs and the CSV, GD 0 and PGD ≥ 0.9 from the quadratic saddle's exact saddle, and 4 shards + collect give the same CSV.</summary>
[Collection("console")]
public sealed class SaddleBenchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-bench-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>targets.csv without its wall_seconds column (wall times differ between two runs of the same job).</summary>
    private static List<string> WithoutWallTime(string path)
    {
        var lines = File.ReadAllLines(path);
        int column = Array.IndexOf(lines[0].Split(','), "wall_seconds");
        Assert.True(column >= 0);
        return [.. lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != column)))];
    }

    [Fact]
    public void TheQuickBenchWritesItsReportFiguresAndCsvAndFourShardsCollectToTheSameCsv()
    {
        string local = Path.Combine(_dir, "local");
        var (code, _, error) = CliRun.InProcess("bench", "--quick", "--out", local);
        Assert.True(code == 0, error);
        string folder = Path.Combine(local, "saddlebench");
        foreach (var file in new[] { "report.md", "ecdf.png", "performance-profile.png", "data-profile.png", "targets.csv", "targets.parquet" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        var header = File.ReadLines(Path.Combine(folder, "targets.csv")).First().Split(',');
        Assert.Equal(
            ["suite_version", "family", "dimension", "instance", "start", "solver", "target_kind", "target", "reached", "cost",
             "gradient_evaluations", "hvp_evaluations", "function_evaluations", "wall_seconds", "false_success"],
            header.Take(15));
        string report = File.ReadAllText(Path.Combine(folder, "report.md"));
        Assert.True(report.IndexOf("## Ranking", StringComparison.Ordinal) < report.IndexOf("## False successes", StringComparison.Ordinal));
        Assert.True(report.IndexOf("## False successes", StringComparison.Ordinal) < report.IndexOf("## Figures", StringComparison.Ordinal));

        var experiment = new SaddleBenchExperiment();
        var request = new ExperimentRequest(local, Quick: true);
        var summary = experiment.Summary(request);
        var gd = summary.Certified("gd", "quadratic-saddle", BenchStartKinds.ExactSaddle);
        var pgd = summary.Certified("pgd", "quadratic-saddle", BenchStartKinds.ExactSaddle);
        Assert.True(gd.Runs >= 6 && pgd.Runs >= 6);
        Assert.Equal(0, gd.Successes);
        Assert.True(pgd.Successes >= 0.9 * pgd.Runs, $"pgd {pgd.Successes}/{pgd.Runs}");
        Assert.All(summary.Records.Where(r => r.Solver == "gd" && r.Start == BenchStartKinds.ExactSaddle && r.ClaimsConvergence), r => Assert.True(r.FalseSuccess));

        string sharded = Path.Combine(_dir, "sharded");
        var shardRequest = new ExperimentRequest(sharded, Quick: true, Parallelism: 2);
        int ran = 0;
        for (int i = 0; i < 4; i++)
        {
            ran += experiment.Execute(shardRequest with { Shard = new ShardSpec(i, 4) }, SilentProgress.Instance).JobsRun;
        }

        Assert.Equal(summary.Records.Count, ran);
        experiment.Execute(shardRequest with { Collect = true }, SilentProgress.Instance);
        Assert.Equal(
            WithoutWallTime(Path.Combine(folder, "targets.csv")),
            WithoutWallTime(Path.Combine(sharded, "saddlebench", "targets.csv")));

        // --collect writes the COCO export too, byte for byte the local run's (it holds no wall times).
        string localCoco = Path.Combine(folder, "coco"), shardedCoco = Path.Combine(sharded, "saddlebench", "coco");
        var files = Directory.GetFiles(localCoco, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(localCoco, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(Path.Combine("pgd", "bbobexp_f1.info"), files);
        Assert.Equal(files, Directory.GetFiles(shardedCoco, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shardedCoco, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(localCoco, f)), File.ReadAllText(Path.Combine(shardedCoco, f))));
    }

    [Fact]
    public void ASolverCommandBecomesASolverThroughTheConstructorsBridgeAndIsCertifiedLikeAnyOther()
    {
        var commands = new List<string>();
        var experiment = new SaddleBenchExperiment(command =>
        {
            commands.Add(command);
            return new ImmediateClaimSolver();
        });
        var request = new ExperimentRequest(Path.Combine(_dir, "command"), Quick: true, Set:
            ["families=quadratic-saddle", "dimensions=10", "solvers=pgd", $"solver_commands=python3 solver.py{SaddleBenchExperiment.CommandSeparator}./other --x"]);
        experiment.Execute(request with { Parallelism = 1 }, SilentProgress.Instance);
        var summary = experiment.Summary(request);
        Assert.Equal(["pgd", "solver", "other"], summary.Records.Select(r => r.Solver).Distinct());
        Assert.Contains("python3 solver.py", commands);
        Assert.Contains("./other --x", commands);
        var external = summary.Records.Where(r => r.Solver == "solver").ToList();
        Assert.All(external.Where(r => r.Start == BenchStartKinds.ExactSaddle), r => Assert.True(r.FalseSuccess));
        Assert.All(external.Where(r => r.Start == BenchStartKinds.Random), r => Assert.True(r.FalseSuccess));
    }

    [Fact]
    public void WithoutABridgeASolverCommandIsOneLineAndExitCodeTwo()
    {
        // A program whose registry has the bench without the protocol bridge (the lean tool's registry has the bridge).
        var withoutBridge = new ExperimentRegistry([new SaddleBenchExperiment()], []);
        var (code, _, error) = CliRun.InProcess(withoutBridge, "bench", "--quick", "--solver-command", "python3 x.py", "--out", Path.Combine(_dir, "none"));
        Assert.Equal(2, code);
        Assert.Contains("protocol bridge", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }
}
