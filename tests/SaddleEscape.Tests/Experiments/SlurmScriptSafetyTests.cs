using SaddleEscape.Experiments.Running;
using System.Diagnostics;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// The scripts <c>saddle slurm</c> writes are safe whatever the values (issue 22, item 1): hostile text in every option
/// and in the working folder's name is refused or quoted, `bash -n` accepts every script, and running them with stubs
/// for saddle and sbatch runs exactly the intended commands — nothing that a value smuggled in.
/// </summary>
[Collection("console")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SlurmScriptSafetyTests : IDisposable
{
    private const string Hostile = "a $(touch PWNED) `touch PWNED` 'q' \"dq\" ; touch PWNED\n touch PWNED \\ %x";
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-slurm-safety-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output) Bash(string? workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash", args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        string error = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        return (bash.ExitCode, output.Result + error);
    }

    private string Stub(string name, string body)
    {
        string folder = Path.Combine(_dir, "stubs");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        return path;
    }

    private IEnumerable<string> Planted() =>
        Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories).Where(p => Path.GetFileName(p) == "PWNED");

    [Theory]
    [InlineData("a\nb")]
    [InlineData("$(touch PWNED)")]
    [InlineData("`touch PWNED`")]
    [InlineData("it's \"quoted\"")]
    [InlineData("tab\tand\rreturn and \\ backslash")]
    [InlineData("")]
    [InlineData(Hostile)]
    public void AQuotedValueIsOneWordThatBashReadsBackUnchanged(string value)
    {
        var (code, output) = Bash(_dir, null, "-c", $"printf '%s' {ShellWords.Quote(value)}");
        Assert.Equal(0, code);
        Assert.Equal(value, output);
        Assert.Empty(Planted());
    }

    [Fact]
    public void HostileValuesInEveryOptionAndTheFolderNameRunOnlyTheIntendedCommands()
    {
        // The working folder (it reaches the scripts as `cd`), --out, --data and --saddle all carry hostile text.
        string workingFolder = Path.Combine(_dir, "cwd " + Hostile.Replace("\\", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal));
        Directory.CreateDirectory(workingFolder);
        string output = Path.Combine(_dir, "out $(touch PWNED) `touch PWNED` ; touch PWNED");
        string data = "/data/" + Hostile;
        string log = Path.Combine(_dir, "argv.log");
        string saddle = Stub("saddle stub", "printf '%s\\0' \"$@\" >> \"$SADDLE_LOG\"; printf '\\n\\0' >> \"$SADDLE_LOG\"");
        string saddleOption = $"'{saddle}' '$(touch PWNED)' `touch";

        var (code, _, error) = CliRun.Child(
            workingFolder, "slurm", "octopus-escape", "--quick", "--shards", "2", "--set", "seeds=2", "--time", "1-02:03:04", "--partition", "debug,long.q",
            "--out", output, "--data", data, "--saddle", saddleOption);
        Assert.True(code == 0, error);
        string slurm = Path.Combine(output, "slurm");
        string[] scripts = [.. Directory.GetFiles(slurm).Order(StringComparer.Ordinal)];
        Assert.Equal(3, scripts.Length);
        foreach (string script in scripts)
        {
            var (syntax, message) = Bash(null, null, "-n", script);
            Assert.True(syntax == 0, $"{script}: {message}");
        }

        // Run them as Slurm would, with saddle and sbatch replaced by stubs that log their arguments.
        var environment = new Dictionary<string, string>
        {
            ["SADDLE_LOG"] = log,
            ["SLURM_ARRAY_TASK_ID"] = "0",
            ["PATH"] = Path.GetDirectoryName(Stub("sbatch", "printf 'sbatch\\0' >> \"$SADDLE_LOG\"; printf '%s\\0' \"$@\" >> \"$SADDLE_LOG\"; printf '\\n\\0' >> \"$SADDLE_LOG\"; echo 42")) + ":" + Environment.GetEnvironmentVariable("PATH"),
        };
        foreach (string script in scripts)
        {
            var (ran, message) = Bash(_dir, environment, script);
            Assert.True(ran == 0, $"{script}: {message}");
        }

        Assert.Empty(Planted());
        var calls = File.ReadAllText(log).Split("\n\0", StringSplitOptions.RemoveEmptyEntries).Select(c => c.TrimEnd('\0').Split('\0')).ToList();
        string[] common = ["$(touch PWNED)", "`touch", "reproduce", "octopus-escape", "--quick", "--seed", "0", "--set", "seeds=2", "--data", data];
        Assert.Equal([.. common, "--shard", "auto", "--shards", "2", "--parallel", "1", "--out", output], calls[0]);
        Assert.Equal([.. common, "--collect", output], calls[1]);
        Assert.Equal(["sbatch", "--parsable", "octopus-escape-array.sbatch"], calls[2]);
        Assert.Equal(["sbatch", "--parsable", "--dependency=afterok:42", "octopus-escape-collect.sbatch"], calls[3]);
        string array = File.ReadAllText(scripts[0]);
        Assert.Contains("#SBATCH --time=1-02:03:04\n", array, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --partition=debug,long.q\n", array, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--time", "01:00:00\ntouch PWNED")]
    [InlineData("--time", "bogus")]
    [InlineData("--time", "$(touch PWNED)")]
    [InlineData("--partition", "debug\ntouch PWNED")]
    [InlineData("--partition", "debug;touch PWNED")]
    [InlineData("--out", "new\nline")]
    [InlineData("--out", "it's")]
    [InlineData("--saddle", "saddle\ntouch PWNED")]
    public void ValuesAnSbatchLineCannotCarryAreRefusedWithExitTwo(string option, string value)
    {
        string output = option == "--out" ? Path.Combine(_dir, value) : Path.Combine(_dir, "out");
        string[] args = ["slurm", "octopus-escape", "--quick", "--shards", "2", "--out", output];
        var (code, _, error) = CliRun.InProcess(option == "--out" ? args : [.. args, option, value]);
        Assert.Equal(2, code);
        Assert.Contains(option, CliRun.OneLine(error), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "refused, yet a folder was written");
        Assert.Empty(Planted());
    }

    [Fact]
    public void TheScriptsHonourTheUmask()
    {
        string output = Path.Combine(_dir, "umask");
        var (code, message) = Bash(_dir, null, "-c", $"umask 077 && exec {ShellWords.Quote(CliRun.Saddle)} slurm octopus-escape --quick --shards 2 --out {ShellWords.Quote(output)}");
        Assert.True(code == 0, message);
        Assert.All(Directory.GetFiles(Path.Combine(output, "slurm")), f => Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(f)));

        (code, message) = Bash(_dir, null, "-c", $"umask 022 && exec {ShellWords.Quote(CliRun.Saddle)} slurm octopus-escape --quick --shards 2 --out {ShellWords.Quote(output)}");
        Assert.True(code == 0, message);
        Assert.All(Directory.GetFiles(Path.Combine(output, "slurm")), f => Assert.Equal((UnixFileMode)0b111_101_101, File.GetUnixFileMode(f)));
    }
}
