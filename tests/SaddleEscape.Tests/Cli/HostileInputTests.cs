namespace SaddleEscape.Tests.Cli;

/// <summary>
/// Mistaken and hostile inputs of every kind (issue 22): each ends with exit code 2, exactly one line on stderr and no
/// stack trace, and writes nothing — checked against a snapshot of the folder every input points into.
/// </summary>
[Collection("console")]
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-hostile-").FullName;

    public HostileInputTests()
    {
        Write("big.json", new string('1', 2 << 20));                                     // 2 MB: far more than a point of 10 numbers
        Write("big.toml", "name = \"big\"\n#" + new string('x', 2 << 20) + "\n");       // 2 MB sweep file
        Write("afile", "not a folder");
        Write("empty-run/summary.json", "");
        Write("empty-run/point.json", "[0,0]");
        Write("bad-run/summary.json", "{\"problem\": \"quadratic-saddle\", \"dim\": \"ten\", \"seed\": 0}");
        Write("bad-run/point.json", "[0,0]");
        Write("cut-run/summary.json", "{\"problem\": \"quadratic-sad");
        Write("cut-run/point.json", "[0,0]");
        const string Grid = "[[problems]]\nname = \"octopus\"\n[[optimizers]]\nname = \"gd\"\n";
        Write("seeds-overflow.toml", "name = \"s\"\nseeds = [99999999999]\n" + Grid);
        Write("dims-overflow.toml", "name = \"s\"\ndimensions = [99999999999]\n" + Grid);
        Write("dims-empty.toml", "name = \"s\"\ndimensions = []\n" + Grid);
        Write("dims-twice.toml", "name = \"s\"\ndimensions = [2, 2]\n" + Grid);
        Write("seeds-empty.toml", "name = \"s\"\nseeds = []\n" + Grid);
        Write("key-twice.toml", "name = \"s\"\nname = \"t\"\n" + Grid);
        Write("table-twice.toml", "name = \"s\"\n[run]\nmax_iterations = 10\n[run]\ngrad_tol = 1e-3\n" + Grid);
        Write("value-twice.toml", "name = \"s\"\n[[problems]]\nname = \"octopus\"\nset = { gamma = [1, 1] }\n[[optimizers]]\nname = \"gd\"\n");
        Write("huge-grid.toml", "name = \"s\"\nseeds = 1000000000\n" + Grid);
        Write("huge-cells.toml", "name = \"s\"\n[[problems]]\nname = \"octopus\"\nset = { gamma = [" + string.Join(',', Enumerable.Range(1, 1000)) + "], tau = [" + string.Join(',', Enumerable.Range(1, 1000)) + "] }\n[[optimizers]]\nname = \"gd\"\nopt = { step_size = [" + string.Join(',', Enumerable.Range(1, 1000).Select(i => $"{i}e-4")) + "] }\n");
        Write("huge-dim.toml", "name = \"s\"\ndimensions = [1000000000]\n" + Grid);
        Write("negative-iters.toml", "name = \"s\"\n[run]\nmax_iterations = -1\n" + Grid);
        Write("garbage.toml", "name = [[[\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string[] Args(string commandLine) =>
        commandLine.Split(' ').Select(a => a.Replace("{d}", _dir, StringComparison.Ordinal).Replace("{nl}", "\n", StringComparison.Ordinal).Replace("{empty}", "", StringComparison.Ordinal)).ToArray();

    [Theory]
    // Sizes that do not fit in memory, refused up front (spin glass already did).
    [InlineData("run --problem quadratic-saddle --optimizer gd --dim 1000000000 --out {d}/o")]
    [InlineData("run --problem tensor-orthogonal-4 --optimizer gd --dim 100000 --out {d}/o")]
    [InlineData("run --problem tensor-ica-4 --optimizer sgd --dim 30000 --out {d}/o")]
    [InlineData("run --problem landscape-design-G --optimizer gd --dim 40000 --out {d}/o")]
    [InlineData("spectrum --problem octopus --dim 2000000000 --out {d}/o")]
    [InlineData("slice --problem tensor-orthogonal-4 --dim 100000 --out {d}/o")]
    [InlineData("reproduce octopus-escape --quick --set seeds=1000000000 --out {d}/o")]
    [InlineData("reproduce octopus-escape --quick --set dimensions=1000000000 --out {d}/o")]
    [InlineData("reproduce escape-time --quick --set seeds=1000000000 --out {d}/o")]
    [InlineData("reproduce tensor-decomposition --quick --set dimensions=5,100000 --out {d}/o")]
    [InlineData("reproduce nn-lift --quick --set samples=2000000000 --out {d}/o")]
    [InlineData("reproduce spin-glass --quick --set spins=100000 --out {d}/o")]
    [InlineData("reproduce escape-time --quick --set extended_max_dimension=30 dimensions=2,30 --out {d}/o")]
    [InlineData("sweep {d}/huge-grid.toml --out {d}/o")]
    [InlineData("sweep {d}/huge-cells.toml --out {d}/o")]
    [InlineData("sweep {d}/huge-dim.toml --out {d}/o")]
    // Files far larger than the command can need, refused before they are read.
    [InlineData("run --problem quadratic-saddle --optimizer gd --init {d}/big.json --out {d}/o")]
    [InlineData("spectrum --problem quadratic-saddle --init {d}/big.json --out {d}/o")]
    [InlineData("slice --problem quadratic-saddle --center {d}/big.json --out {d}/o")]
    [InlineData("sweep {d}/big.toml --out {d}/o")]
    // Parse errors that used to end in stack traces.
    [InlineData("sweep {d}/seeds-overflow.toml --out {d}/o")]
    [InlineData("sweep {d}/dims-overflow.toml --out {d}/o")]
    [InlineData("sweep {d}/garbage.toml --out {d}/o")]
    [InlineData("sweep {d}/negative-iters.toml --out {d}/o")]
    [InlineData("spectrum --from-run {d}/empty-run --out {d}/o")]
    [InlineData("spectrum --from-run {d}/bad-run --out {d}/o")]
    [InlineData("spectrum --from-run {d}/cut-run --out {d}/o")]
    [InlineData("spectrum --from-run {d}/afile --out {d}/o")]
    // Duplicates and empty lists.
    [InlineData("reproduce octopus-escape --quick --set dimensions=2,2 --out {d}/o")]
    [InlineData("reproduce octopus-escape --quick --set seeds=2 seeds=3 --out {d}/o")]
    [InlineData("sweep {d}/dims-twice.toml --out {d}/o")]
    [InlineData("sweep {d}/dims-empty.toml --out {d}/o")]
    [InlineData("sweep {d}/seeds-empty.toml --out {d}/o")]
    [InlineData("sweep {d}/key-twice.toml --out {d}/o")]
    [InlineData("sweep {d}/table-twice.toml --out {d}/o")]
    [InlineData("sweep {d}/value-twice.toml --out {d}/o")]
    // Output folders that cannot be written, found before any work.
    [InlineData("run --problem octopus --optimizer gd --out /proc/saddle-out")]
    [InlineData("run --problem octopus --optimizer gd --out {d}/afile")]
    [InlineData("run --problem octopus --optimizer gd --out {d}/afile/below")]
    [InlineData("run --problem octopus --optimizer gd --out {empty}")]
    [InlineData("reproduce octopus-escape --quick --out {empty}")]
    [InlineData("reproduce octopus-escape --quick --out {d}/afile")]
    [InlineData("reproduce octopus-escape --quick --collect {empty}")]
    [InlineData("sweep {d}/dims-twice.toml --out /proc/saddle-out")]
    [InlineData("spectrum --problem octopus --out {d}/afile")]
    [InlineData("slice --problem octopus --out /proc/saddle-out")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {empty}")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/afile")]
    [InlineData("results export {d} --format csv --out /proc/x.csv")]
    // Values that would have become lines of a generated script.
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --time 01:00:00{nl}touch{empty}")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --time bogus")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --time 1:2:3:4")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --partition gpu{nl}touch")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --partition $(touch)")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/new{nl}line")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --saddle saddle{nl}touch")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --saddle 'unbalanced")]
    // Numbers out of range.
    [InlineData("run --problem octopus --optimizer gd --max-seconds 1e-9")]
    [InlineData("run --problem octopus --optimizer gd --max-seconds 1e300")]
    [InlineData("run --problem octopus --optimizer gd --dim -3")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --set scale=1e308")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --set gamma=1e999")]
    [InlineData("reproduce octopus-escape --quick --set seeds=99999999999 --out {d}/o")]
    public void EndsWithExitTwoOneLineAndNothingWritten(string commandLine)
    {
        var before = CliRun.Snapshot(_dir);
        var (code, _, error) = CliRun.InProcess(Args(commandLine));
        Assert.True(code == 2, $"exit {code}: {error}");
        CliRun.OneLine(error);
        Assert.Equal(before, CliRun.Snapshot(_dir));
    }

    [Theory]
    [InlineData("run --problem quadratic-saddle --optimizer gd --set scale=1e308", "--set scale=1e308")]
    [InlineData("slice --problem quadratic-saddle --center /no/such --out {d}/o", "--center")]
    [InlineData("run --problem octopus --optimizer gd --max-seconds 1e-9", "--max-seconds must be in [1E-06")]
    [InlineData("run --problem quadratic-saddle --optimizer gd --dim 1000000000", "d = 1000000000")]
    [InlineData("reproduce octopus-escape --quick --set dimensions=2,2 --out {d}/o", "dimensions=2,2 lists 2 twice")]
    [InlineData("sweep {d}/dims-twice.toml --out {d}/o", "dimensions lists 2 twice")]
    [InlineData("sweep {d}/dims-empty.toml --out {d}/o", "dimensions is an empty list")]
    [InlineData("sweep {d}/seeds-overflow.toml --out {d}/o", "seeds must be integers")]
    [InlineData("sweep {d}/key-twice.toml --out {d}/o", "key-twice.toml:2:1: The key `name` is already defined")]
    [InlineData("sweep {d}/huge-cells.toml --out {d}/o", "makes 1,000,000,000 jobs")]
    [InlineData("reproduce escape-time --quick --set extended_max_dimension=30 dimensions=2,30 --out {d}/o", "is expected to take about")]
    [InlineData("run --problem octopus --optimizer gd --init {d}/big.json", "--init: ")]
    [InlineData("spectrum --from-run {d}/empty-run --out {d}/o", "is not a summary.json written by `saddle run`")]
    [InlineData("run --problem octopus --optimizer gd --out /proc/saddle-out", "--out '/proc/saddle-out' cannot be written")]
    [InlineData("slurm octopus-escape --quick --shards 2 --out {d}/o --time bogus", "--time must be a Slurm time limit")]
    public void TheLineNamesTheInputAtFault(string commandLine, string named)
    {
        var (code, _, error) = CliRun.InProcess(Args(commandLine));
        Assert.Equal(2, code);
        Assert.Contains(named.Replace("{d}", _dir, StringComparison.Ordinal), CliRun.OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public void ForceLiftsTheLimitsForItsCommandOnly()
    {
        // 20 000 seeds are over octopus-escape's limit (100 × its default 10, at least 10 000) …
        string output = Path.Combine(_dir, "f");
        var (code, _, error) = CliRun.InProcess("reproduce", "octopus-escape", "--quick", "--set", "seeds=20000", "dimensions=2", "--collect", output);
        Assert.Equal(2, code);
        Assert.Contains("seeds=20000 is above its limit of 10000", CliRun.OneLine(error), StringComparison.Ordinal);

        // … and pass with --force (the request then fails for another reason: there are no shard stores to collect).
        (code, _, error) = CliRun.InProcess("reproduce", "octopus-escape", "--quick", "--force", "--set", "seeds=20000", "dimensions=2", "--collect", output);
        Assert.Equal(2, code);
        Assert.Contains("no shard stores", CliRun.OneLine(error), StringComparison.Ordinal);
        Assert.True(SaddleEscape.Experiments.Running.ResourceLimits.Enforced, "--force must not outlive its command");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void TheHelpListsTheExitCodes()
    {
        var (code, text, _) = CliRun.InProcess("--help");
        Assert.Equal(0, code);
        foreach (string line in new[] { "0 done", "1 a failure", "2 bad input", "3 the run diverged", "4 the environment failed", "130 interrupted" })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }
    }
}
