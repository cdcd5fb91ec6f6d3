using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// Writes the Slurm scripts of a sharded <c>reproduce</c>: an <c>sbatch</c> job array whose task i runs
/// <c>--shard auto</c> (i from <c>SLURM_ARRAY_TASK_ID</c>), a collect job that depends on the whole array
/// (<c>afterok</c>) and merges the shards' stores into the report, and a <c>submit.sh</c> that submits both.
/// </summary>
public static partial class SlurmScripts
{
    /// <summary>The three files written.</summary>
    /// <param name="Array">The array job's sbatch script.</param>
    /// <param name="Collect">The collect job's sbatch script.</param>
    /// <param name="Submit">The script that submits both, the second depending on the first.</param>
    public sealed record Files(string Array, string Collect, string Submit);

    /// <summary>
    /// Writes the scripts into <c>Output/slurm/</c>; one clear <see cref="ArgumentException"/> on bad input.
    /// <paramref name="experiments"/> is the program's registry.
    /// </summary>
    public static Files Write(SlurmJob job, ExperimentRegistry experiments)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Shards < 1)
        {
            throw new ArgumentException($"--shards must be ≥ 1 (got {job.Shards})");
        }

        if (job.CpusPerTask < 1)
        {
            throw new ArgumentException($"--cpus-per-task must be ≥ 1 (got {job.CpusPerTask})");
        }

        if (job.Time is not null && !SlurmTime().IsMatch(job.Time))
        {
            throw new ArgumentException($"--time must be a Slurm time limit: minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds (got '{Printable(job.Time)}')");
        }

        if (job.Partition is not null && !SlurmPartition().IsMatch(job.Partition))
        {
            throw new ArgumentException($"--partition must be a Slurm partition name (letters, digits, '_', '-', '.'; several separated by commas) (got '{Printable(job.Partition)}')");
        }

        ArgumentNullException.ThrowIfNull(experiments);
        var experiment = experiments.Get(job.Experiment);
        var request = new ExperimentRequest(job.Output, job.Quick, job.Seed, job.Only, job.Data, job.Set);
        int jobs = experiment.CountJobs(request);
        if (job.Shards > jobs)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--shards {job.Shards} is more than the {jobs} jobs of {job.Experiment}{(job.Quick ? " --quick" : "")}"));
        }

        string output = Path.GetFullPath(job.Output);
        string folder = Path.Combine(output, "slurm");
        string name = job.Experiment;
        string common = Arguments(job);
        string saddle = ShellWords.Requote(job.Saddle, "--saddle");
        string quotedOutput = ShellWords.Quote(output);
        // sbatch reads #SBATCH lines itself, not through the shell: only checked values go there (the time, the
        // partition, and the log path, which must hold no quote, backslash, % or control character). The working
        // folder is entered with a quoted `cd` in the script instead of #SBATCH --chdir.
        string header = (job.Time is null ? "" : $"#SBATCH --time={job.Time}\n")
            + (job.Partition is null ? "" : $"#SBATCH --partition={job.Partition}\n");
        string body = $"set -euo pipefail\ncd -- {ShellWords.Quote(Environment.CurrentDirectory)}\n";
        string shardStores = ShellWords.Quote(Path.Combine(output, name, "shards"));
        string arrayLog = SbatchPath(Path.Combine(folder, $"{name}-%A_%a.out"));
        string collectLog = SbatchPath(Path.Combine(folder, $"{name}-collect-%j.out"));
        Directory.CreateDirectory(folder);

        string array = Path.Combine(folder, $"{name}-array.sbatch");
        AtomicFile.WriteAllText(array, string.Create(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # {name}: {jobs} jobs in {job.Shards} shards (written by `saddle slurm`). Each task runs shard SLURM_ARRAY_TASK_ID of {job.Shards}
            # and writes its own store, results-<i>-of-{job.Shards}.sqlite in the experiment's shards folder; a task that is resubmitted resumes.
            #SBATCH --job-name=saddle-{name}
            #SBATCH --array=0-{job.Shards - 1}
            #SBATCH --cpus-per-task={job.CpusPerTask}
            #SBATCH --output={arrayLog}
            {header}{body}# shard stores: {shardStores}
            exec {saddle} reproduce {name}{common} --shard auto --shards {job.Shards} --parallel {job.CpusPerTask} --out {quotedOutput}

            """), Executable);
        string collect = Path.Combine(folder, $"{name}-collect.sbatch");
        AtomicFile.WriteAllText(collect, string.Create(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # {name}: merges the {job.Shards} shard stores and writes the report into the experiment's folder (written by `saddle slurm`).
            #SBATCH --job-name=saddle-{name}-collect
            #SBATCH --cpus-per-task=1
            #SBATCH --output={collectLog}
            {header}{body}exec {saddle} reproduce {name}{common} --collect {quotedOutput}

            """), Executable);
        string submit = Path.Combine(folder, $"{name}-submit.sh");
        AtomicFile.WriteAllText(submit, $"""
            #!/bin/bash
            # Submits the array job and the collect job that waits for all of its tasks to succeed.
            set -euo pipefail
            cd "$(dirname "$0")"
            array=$(sbatch --parsable {name}-array.sbatch)
            array=${"{"}array%%;*{"}"}
            collect=$(sbatch --parsable --dependency=afterok:$array {name}-collect.sbatch)
            collect=${"{"}collect%%;*{"}"}
            echo "array $array collect $collect"

            """, Executable);
        return new Files(array, collect, submit);
    }

    /// <summary>rwxrwxrwx before the umask: the scripts are as executable as the user's umask lets new files be.</summary>
    private const UnixFileMode Executable = (UnixFileMode)0b111_111_111;

    /// <summary>Runs the submit script; returns the array and collect job ids.</summary>
    public static (string ArrayJob, string CollectJob) Submit(Files files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var start = new ProcessStartInfo("bash", [files.Submit]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException("could not start bash");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new IOException($"could not run {files.Submit}: {e.Message}", e);
        }

        using (process)
        {
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new IOException($"sbatch failed ({files.Submit}, exit {process.ExitCode}): {stderr.Trim().Split('\n')[0]}");
            }

            var words = stdout.Trim().Split(' ');
            return words.Length == 4 ? (words[1], words[3]) : throw new IOException($"unexpected output of {files.Submit}: {stdout.Trim()}");
        }
    }

    /// <summary>The command that runs this very program: the apphost, or <c>dotnet saddle.dll</c> under the dotnet host.</summary>
    public static string CurrentSaddleCommand()
    {
        string? process = Environment.ProcessPath;
        string entry = System.Reflection.Assembly.GetEntryAssembly()?.Location ?? "saddle.dll";
        return process is not null && Path.GetFileNameWithoutExtension(process) != "dotnet" ? ShellWords.Quote(process) : $"dotnet {ShellWords.Quote(entry)}";
    }

    private static string Arguments(SlurmJob job)
    {
        var sb = new StringBuilder();
        if (job.Quick)
        {
            sb.Append(" --quick");
        }

        sb.Append(CultureInfo.InvariantCulture, $" --seed {job.Seed}");
        if (job.Only is { Count: > 0 })
        {
            sb.Append(" --only ").Append(ShellWords.Quote(string.Join(",", job.Only)));
        }

        if (job.Set is { Count: > 0 })
        {
            sb.Append(" --set");
            foreach (var item in job.Set)
            {
                sb.Append(' ').Append(ShellWords.Quote(item));
            }
        }

        if (job.Data is not null)
        {
            sb.Append(" --data ").Append(ShellWords.Quote(Path.GetFullPath(job.Data)));
        }

        return sb.ToString();
    }

    /// <summary>A path for an #SBATCH line (read by sbatch, not the shell): refused when it holds what sbatch would misread.</summary>
    private static string SbatchPath(string path)
    {
        string file = Path.GetFileName(path);
        string folder = path[..^file.Length];
        if (folder.Any(c => char.IsControl(c) || c is '"' or '\\' or '%' or '\''))
        {
            throw new ArgumentException($"--out: the folder '{Printable(folder)}' holds a quote, backslash, % or control character, which an #SBATCH line cannot carry; choose another folder");
        }

        return folder.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
    }

    /// <summary>A value for a message: control characters shown as '?', so the message stays one line.</summary>
    private static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    /// <summary>sbatch's time formats (its manual, --time): minutes, minutes:seconds, hours:minutes:seconds, days-hours[:minutes[:seconds]].</summary>
    [GeneratedRegex(@"^(?:[0-9]{1,9}(?::[0-9]{1,2}){0,2}|[0-9]{1,6}-[0-9]{1,2}(?::[0-9]{1,2}){0,2})\z")]
    private static partial Regex SlurmTime();

    /// <summary>Partition names (one or several, comma-separated).</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+(?:,[A-Za-z0-9_.\-]+)*\z")]
    private static partial Regex SlurmPartition();
}
