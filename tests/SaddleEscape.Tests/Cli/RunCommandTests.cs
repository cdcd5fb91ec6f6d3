using SaddleEscape.Cli;
using System.Text.Json;

namespace SaddleEscape.Tests.Cli;

[Collection("console")]
public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "saddle-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private string Out(string name) => Path.Combine(_dir, name);

    private static JsonElement Summary(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json"))).RootElement;

    [Fact]
    public void GdOnTheStableManifoldEndsAtAStrictSaddleAndPgdAtALocalMinimum()
    {
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "10", "--set", "start=stable-manifold", "--optimizer", "gd", "--out", Out("A")]));
        Assert.Equal("strict-saddle", Summary(Out("A")).GetProperty("classification").GetString());

        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "10", "--set", "start=stable-manifold", "--optimizer", "pgd", "--out", Out("B")]));
        var pgd = Summary(Out("B"));
        Assert.Equal("local-min", pgd.GetProperty("classification").GetString());
        Assert.True(pgd.GetProperty("escapes").GetInt32() >= 1);
        Assert.True(pgd.GetProperty("recovery_error").GetDouble() < 1e-6);
    }

    [Fact]
    public void SummaryHasEveryContractFieldAndTheTraceItsColumns()
    {
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "octopus", "--dim", "4", "--optimizer", "pgd", "--opt", "r=0.1", "g_thres=0.1", "f_thres=0.01", "t_thres=100", "--max-iters", "400", "--out", Out("C")]));
        var s = Summary(Out("C"));
        foreach (var field in new[] { "problem", "optimizer", "dim", "seed", "iterations", "gradient_evaluations", "hvp_evaluations", "final_value", "final_grad_norm", "lambda_min", "classification", "perturbations", "escapes", "recovery_error", "wall_seconds", "stop_reason" })
        {
            Assert.True(s.TryGetProperty(field, out _), $"summary.json lacks '{field}'");
        }

        Assert.Equal(4, s.GetProperty("dim").GetInt32());
        Assert.True(s.GetProperty("perturbations").GetInt32() >= 3, "the octopus needs one escape per saddle");
        var lines = File.ReadAllLines(Path.Combine(Out("C"), "trace.csv"));
        Assert.Equal("iteration,value,grad_norm,event", lines[0]);
        Assert.Contains(lines, l => l.EndsWith(",perturbation", StringComparison.Ordinal));
        Assert.True(new FileInfo(Path.Combine(Out("C"), "trace.png")).Length > 10_000);
    }

    [Fact]
    public void CertificateModesAreRecordedAndOffLeavesStationaryPointsUncertified()
    {
        Directory.CreateDirectory(_dir);
        string init = Path.Combine(_dir, "zero.json");
        File.WriteAllText(init, "[0,0,0,0,0,0,0,0,0,0]");
        string[] Args(string mode, string dir) => ["run", "--problem", "quadratic-saddle", "--dim", "10", "--optimizer", "gd", "--init", init, "--max-iters", "0", "--certificate", mode, "--out", dir];

        Assert.Equal(0, SaddleCommandLine.Run(Args("off", Out("off"))));
        var off = Summary(Out("off"));
        Assert.Equal("off", off.GetProperty("certificate").GetString());
        Assert.Equal("not-certified", off.GetProperty("classification").GetString());
        Assert.Equal(JsonValueKind.Null, off.GetProperty("lambda_min").ValueKind);
        Assert.Equal(0, off.GetProperty("hvp_evaluations").GetInt64());

        Assert.Equal(0, SaddleCommandLine.Run(Args("fast", Out("fast"))));
        var fast = Summary(Out("fast"));
        Assert.Equal("fast", fast.GetProperty("certificate").GetString());
        Assert.Equal("strict-saddle", fast.GetProperty("classification").GetString());
        Assert.Equal(-1, fast.GetProperty("lambda_min").GetDouble(), 10);
        Assert.False(fast.GetProperty("certificate_limited_by_memory").GetBoolean());

        Assert.Equal(0, SaddleCommandLine.Run(Args("full", Out("full"))));
        Assert.Equal("full", Summary(Out("full")).GetProperty("certificate").GetString());
    }

    [Fact]
    public void SpectrumAtTheSaddleCountsOneNegativeEigenvalueAndReadsARunsEndPoint()
    {
        Directory.CreateDirectory(_dir);
        string init = Path.Combine(_dir, "zero.json");
        File.WriteAllText(init, "[0,0,0,0,0,0,0,0]");
        Assert.Equal(0, SaddleCommandLine.Run(["spectrum", "--problem", "quadratic-saddle", "--dim", "8", "--init", init, "--k", "2", "--out", Out("sp")]));
        var s = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out("sp"), "spectrum.json"))).RootElement;
        Assert.Equal(-1, s.GetProperty("bottom")[0].GetDouble(), 10);
        Assert.Equal((1, 0, 7), (s.GetProperty("negative").GetInt32(), s.GetProperty("near_zero").GetInt32(), s.GetProperty("positive").GetInt32()));
        Assert.True(s.GetProperty("counts_exact").GetBoolean());
        Assert.True(new FileInfo(Path.Combine(Out("sp"), "density.png")).Length > 10_000);

        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "8", "--optimizer", "pgd", "--out", Out("r")]));
        Assert.Equal(0, SaddleCommandLine.Run(["spectrum", "--from-run", Out("r"), "--out", Out("sp2")]));
        var end = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out("sp2"), "spectrum.json"))).RootElement;
        Assert.Equal(0, end.GetProperty("negative").GetInt32());
        Assert.Equal("quadratic-saddle", end.GetProperty("problem").GetString());
    }

    [Fact]
    public void SliceDrawsTheQuadraticSaddleWhereGdStopsAtTheSaddleAndPgdEscapes()
    {
        Assert.Equal(0, SaddleCommandLine.Run(["slice", "--problem", "quadratic-saddle", "--dim", "2", "--set", "start=stable-manifold", "--optimizer", "gd", "pgd", "--max-iters", "300", "--range", "1.5", "--resolution", "31", "--out", Out("v")]));
        Assert.True(new FileInfo(Path.Combine(Out("v"), "slice.png")).Length > 10_000);
        var grid = File.ReadAllLines(Path.Combine(Out("v"), "slice.csv")).Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(31 * 31, grid.Count);
        // f(α, β) = −α²/2 + λβ²/2 + (α² + β²)²/4 with λ the positive eigenvalue: at (0, 0) it is 0, at (±1, 0) it is −1/4.
        Assert.Equal(0, grid.Single(r => r[0] == 0 && r[1] == 0)[2], 12);
        Assert.Equal(-0.25, grid.Single(r => r[0] == 1 && r[1] == 0)[2], 12);
        var paths = File.ReadAllLines(Path.Combine(Out("v"), "paths.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        double EndAlpha(string optimizer) => double.Parse(paths.Last(p => p[0] == optimizer)[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, EndAlpha("gd"), 6);
        Assert.Equal(1, Math.Abs(EndAlpha("pgd")), 6);
    }

    [Fact]
    public void ThreadsBoundsTheRunAndIsRestoredAfterwards()
    {
        int before = SaddleEscape.Numerics.ThreadLimit.Threads;
        Assert.Equal(0, SaddleCommandLine.Run(["reproduce", "octopus-escape", "--quick", "--threads", "1", "--set", "dimensions=2", "seeds=1", "--out", Out("t")]));
        Assert.Contains("octopus-escape", File.ReadAllText(Path.Combine(Out("t"), "index.md")), StringComparison.Ordinal);
        Assert.Equal(before, SaddleEscape.Numerics.ThreadLimit.Threads);
        Assert.Equal(1, SaddleEscape.Numerics.ThreadLimit.Resolve("1", "8", 2));
        Assert.Equal(2, SaddleEscape.Numerics.ThreadLimit.Resolve(null, "8", 2));
        Assert.Equal(2, SaddleEscape.Numerics.ThreadLimit.Resolve("x", null, 2));
        Assert.Equal(1, SaddleEscape.Numerics.ThreadLimit.Resolve("0", "1", 4));
    }

    [Fact]
    public void TheSameSeedGivesABitIdenticalTrace()
    {
        string[] Args(string dir, string seed) => ["run", "--problem", "quadratic-saddle", "--set", "gradient_noise=0.5", "--optimizer", "noisy-sgd", "--opt", "step_size=0.01", "--seed", seed, "--max-iters", "2000", "--out", dir];
        Assert.Equal(0, SaddleCommandLine.Run(Args(Out("s1"), "7")));
        Assert.Equal(0, SaddleCommandLine.Run(Args(Out("s2"), "7")));
        Assert.Equal(0, SaddleCommandLine.Run(Args(Out("s3"), "8")));
        var a = File.ReadAllBytes(Path.Combine(Out("s1"), "trace.csv"));
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(Out("s2"), "trace.csv")));
        Assert.NotEqual(a, File.ReadAllBytes(Path.Combine(Out("s3"), "trace.csv")));
    }

    [Fact]
    public void MaxItersZeroCertifiesTheInitialPoint()
    {
        Directory.CreateDirectory(_dir);
        string init = Path.Combine(_dir, "saddle.json");
        File.WriteAllText(init, "[0,0,0,0,0]");
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "5", "--optimizer", "gd", "--init", init, "--max-iters", "0", "--out", Out("D")]));
        var s = Summary(Out("D"));
        Assert.Equal(0, s.GetProperty("iterations").GetInt64());
        Assert.Equal("strict-saddle", s.GetProperty("classification").GetString());
        Assert.Equal(-1, s.GetProperty("lambda_min").GetDouble(), 10);

        string csv = Path.Combine(_dir, "min.csv");
        File.WriteAllText(csv, "1, 0\n0 0 0\n");
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "5", "--optimizer", "gd", "--init", csv, "--max-iters", "0", "--out", Out("E")]));
        Assert.Equal("local-min", Summary(Out("E")).GetProperty("classification").GetString());
    }

    [Fact]
    public void ADivergingRunSaysSoWritesWhatItHadAndExitsThree()
    {
        Assert.Equal(3, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--optimizer", "gd", "--opt", "step_size=10", "--out", Out("F")]));
        var s = Summary(Out("F"));
        Assert.Equal("diverged", s.GetProperty("stop_reason").GetString());
        Assert.Equal("not-stationary", s.GetProperty("classification").GetString());
        Assert.True(File.ReadAllLines(Path.Combine(Out("F"), "trace.csv")).Length > 2);
    }

    [Theory]
    [InlineData("run --problem nope --optimizer gd")]
    [InlineData("run --problem quadratic-saddle --optimizer nope")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --set gamma=-2")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --opt step_size=abc")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --dim x")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --max-iters -5")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --init /nonexistent/file.json")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --frobnicate")]
    [InlineData("run --optimizer gd")]
    [InlineData("reproduce nothing-like-this")]
    [InlineData("reproduce landscape-design --only nope")]
    [InlineData("reproduce octopus-escape --only landscape")]
    [InlineData("reproduce all --only landscape")]
    [InlineData("reproduce psgd-mlp --quick --data /nonexistent/fashion")]
    [InlineData("reproduce psgd-mlp --quick --set epochs=0")]
    [InlineData("reproduce psgd-mlp --quick --set color=blue")]
    [InlineData("reproduce octopus-escape --set epochs=3")]
    [InlineData("reproduce octopus-escape --quick --shard 4/4")]
    [InlineData("reproduce octopus-escape --quick --shard auto")]
    [InlineData("reproduce octopus-escape --quick --shards 3")]
    [InlineData("reproduce octopus-escape --quick --parallel 0")]
    [InlineData("reproduce octopus-escape --quick --set seeds=0")]
    [InlineData("reproduce octopus-escape --quick --set dimensions=2,x")]
    [InlineData("reproduce octopus-escape --quick --collect /nonexistent/results")]
    [InlineData("reproduce octopus-escape --quick --processes 0")]
    [InlineData("reproduce octopus-escape --quick --processes 2 --shard 0/2")]
    [InlineData("reproduce octopus-escape --quick --processes 2 --collect /tmp/x")]
    [InlineData("reproduce all --quick --processes 2")]
    [InlineData("reproduce psgd-mlp --quick --processes 2 --data /nonexistent/fashion")]
    [InlineData("slurm octopus-escape --quick --shards 0 --out /tmp/x")]
    [InlineData("slurm nothing --shards 2 --out /tmp/x")]
    [InlineData("sweep /nonexistent/sweep.toml")]
    [InlineData("results export /nonexistent/results")]
    [InlineData("problems nope")]
    [InlineData("optimizers nope")]
    [InlineData("experiments nope")]
    [InlineData("run --problem octopus --optimizer gd --set gradient_noise=0.1 tau=0")]
    [InlineData("run --problem tensor-orthogonal-4 --set noise=0.1 --optimizer gd --target-gap 0.1")]
    [InlineData("run --problem octopus --optimizer gd --certificate maybe")]
    [InlineData("spectrum --out /tmp/x")]
    [InlineData("run --problem octopus --optimizer gd --threads 0")]
    [InlineData("slice --problem quadratic-saddle --axes 0,0 --out /tmp/x")]
    [InlineData("slice --problem quadratic-saddle --directions diagonal --out /tmp/x")]
    [InlineData("slice --problem quadratic-saddle --range -1 --out /tmp/x")]
    [InlineData("spectrum --problem octopus --k 0 --out /tmp/x")]
    [InlineData("spectrum --from-run /nonexistent/run --out /tmp/x")]
    public void BadArgumentsExitWithTwo(string commandLine)
    {
        var error = new StringWriter();
        var old = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(2, SaddleCommandLine.Run(commandLine.Split(' ')));
        }
        finally
        {
            Console.SetError(old);
        }

        string text = error.ToString().TrimEnd();
        Assert.StartsWith("saddle: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void SummaryReportsTheSettingsAsBuiltAndTheRunChainsThroughPointJson()
    {
        // Theory mode derives r from ℓ, ρ, ε: the summary must show that r, not the practical default 0.01.
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "6", "--set", "start=stable-manifold", "scale=0.1", "--optimizer", "pgd", "--opt", "mode=theory", "epsilon=1e-2", "--out", Out("T")]));
        var s = Summary(Out("T"));
        var settings = s.GetProperty("optimizer_settings");
        double r = settings.GetProperty("radius").GetDouble();
        Assert.InRange(r, 1e-7, 1e-5);
        Assert.Equal(0.2, settings.GetProperty("step_size").GetDouble(), 12);
        Assert.Equal("theory", s.GetProperty("optimizer_options").GetProperty("mode").GetString());
        Assert.Equal("point.json", s.GetProperty("point_file").GetString());

        // The final point goes back in with --init and certifies as the same minimum.
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "6", "--optimizer", "gd", "--init", Path.Combine(Out("T"), "point.json"), "--max-iters", "0", "--out", Out("T2")]));
        var again = Summary(Out("T2"));
        Assert.Equal(s.GetProperty("final_value").GetDouble(), again.GetProperty("final_value").GetDouble());
        Assert.Equal("local-min", again.GetProperty("classification").GetString());
        Assert.False(File.Exists(Path.Combine(Out("T2"), "escape-direction.json")));
    }

    [Fact]
    public void AtASaddleTheEscapeDirectionIsWrittenAndLowersF()
    {
        Directory.CreateDirectory(_dir);
        string init = Path.Combine(_dir, "origin.json");
        File.WriteAllText(init, "[0,0,0,0,0]");
        Assert.Equal(0, SaddleCommandLine.Run(["run", "--problem", "quadratic-saddle", "--dim", "5", "--optimizer", "gd", "--init", init, "--max-iters", "0", "--out", Out("S")]));
        Assert.Equal("escape-direction.json", Summary(Out("S")).GetProperty("escape_direction_file").GetString());
        var v = JsonSerializer.Deserialize<double[]>(File.ReadAllText(Path.Combine(Out("S"), "escape-direction.json")))!;
        // λ = −1 lives on the first coordinate only (s = 1): the bottom eigenvector is ±e₁.
        Assert.Equal(1, Math.Abs(v[0]), 8);
        Assert.All(v.Skip(1), x => Assert.Equal(0, x, 8));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("reproduce")]
    [InlineData("slurm")]
    [InlineData("sweep")]
    [InlineData("problems")]
    [InlineData("optimizers")]
    [InlineData("experiments")]
    [InlineData("results export")]
    public void EveryHelpEndsWithRunnableExamples(string command)
    {
        string output = ConsoleCapture.Run(() =>
        {
            Assert.Equal(0, SaddleCommandLine.Run([.. command.Split(' '), "--help"]));
        });

        var lines = output.TrimEnd().Split('\n');
        int examples = Array.FindLastIndex(lines, l => l.StartsWith("Examples:", StringComparison.Ordinal));
        Assert.True(examples > 0, $"no Examples: section in `saddle {command} --help`");
        var listed = lines[(examples + 1)..].Where(l => l.Trim().Length > 0).ToList();
        Assert.InRange(listed.Count, 2, 3);
        Assert.All(listed, l => Assert.Contains("saddle", l, StringComparison.Ordinal));
    }

    [Fact]
    public void OneEntryShowsItsRecommendationsAndAnExperimentItsParts()
    {
        string output = ConsoleCapture.Run(() =>
        {
            Assert.Equal(0, SaddleCommandLine.Run(["problems", "tensor-orthogonal-4"]));
            Assert.Equal(0, SaddleCommandLine.Run(["optimizers", "noisy-sgd"]));
            Assert.Equal(0, SaddleCommandLine.Run(["experiments", "landscape-design"]));
        });

        string text = output;
        Assert.Contains("recommended for noisy-sgd: noise_radius=0.05 noise_decay_steps=4000", text, StringComparison.Ordinal);
        Assert.Contains("problem tensor-orthogonal-4 recommends: noise_radius=0.05 noise_decay_steps=4000", text, StringComparison.Ordinal);
        Assert.Contains("parts (--only): f-relu, f-sigmoid, fprime, fprime-centred, G, G-centred, step-search, landscape", text, StringComparison.Ordinal);
        Assert.DoesNotContain("octopus:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CataloguesListEveryEntry()
    {
        string output = ConsoleCapture.Run(() =>
        {
            Assert.Equal(0, SaddleCommandLine.Run(["problems"]));
            Assert.Equal(0, SaddleCommandLine.Run(["optimizers"]));
        });

        string text = output;
        foreach (var name in new[] { "quadratic-saddle", "octopus", "gd", "sgd", "noisy-sgd", "noisy-sgd-gaussian", "pgd", "pagd", "psgd", "saddle-ngd" })
        {
            Assert.Contains(name + ":", text, StringComparison.Ordinal);
        }
    }
}
