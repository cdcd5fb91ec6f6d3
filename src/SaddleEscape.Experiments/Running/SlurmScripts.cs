using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// Writes the Slurm scripts of a sharded <c>reproduce</c>: an <c>sbatch</c> job array whose task i runs
/// <c>--shard auto</c> (i from <c>SLURM_ARRAY_TASK_ID</c>), a collect job that depends on the whole array
/// (<c>afterok</c>) and merges the shards' stores into the report, and a <c>submit.sh</c> that submits both.
/// </summary>
public static class SlurmScripts
{
    /// <summary>The three files written.</summary>
    /// <param name="Array">The array job's sbatch script.</param>
    /// <param name="Collect">The collect job's sbatch script.</param>
    /// <param name="Submit">The script that submits both, the second depending on the first.</param>
    public sealed record Files(string Array, string Collect, string Submit);

    /// <summary>
    /// Writes the scripts into <c>Output/slurm/</c>; one clear <see cref="ArgumentException"/> on bad input.
    /// <paramref name="experiments"/> is the program's registry (default: the <c>saddle</c> tool's, <see cref="ExperimentRegistry.Lean"/>).
    /// </summary>
    public static Files Write(SlurmJob job, ExperimentRegistry? experiments = null)
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

        var experiment = (experiments ?? ExperimentRegistry.Lean).Get(job.Experiment);
        var request = new ExperimentRequest(job.Output, job.Quick, job.Seed, job.Only, job.Data, job.Set);
        int jobs = experiment.CountJobs(request);
        if (job.Shards > jobs)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--shards {job.Shards} is more than the {jobs} jobs of {job.Experiment}{(job.Quick ? " --quick" : "")}"));
        }

        string output = Path.GetFullPath(job.Output);
        string folder = Path.Combine(output, "slurm");
        Directory.CreateDirectory(folder);
        string name = job.Experiment;
        string common = Arguments(job);
        string header = $"#SBATCH --chdir={Environment.CurrentDirectory}\n"
            + (job.Time is null ? "" : $"#SBATCH --time={job.Time}\n")
            + (job.Partition is null ? "" : $"#SBATCH --partition={job.Partition}\n");

        string array = Path.Combine(folder, $"{name}-array.sbatch");
        File.WriteAllText(array, string.Create(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # {name}: {jobs} jobs in {job.Shards} shards (written by `saddle slurm`). Each task runs shard SLURM_ARRAY_TASK_ID of {job.Shards}
            # and writes its own store, {Path.Combine(output, name, "shards")}/results-<i>-of-{job.Shards}.sqlite; a task that is resubmitted resumes.
            #SBATCH --job-name=saddle-{name}
            #SBATCH --array=0-{job.Shards - 1}
            #SBATCH --cpus-per-task={job.CpusPerTask}
            #SBATCH --output={Path.Combine(folder, $"{name}-%A_%a.out")}
            {header}set -euo pipefail
            exec {job.Saddle} reproduce {name}{common} --shard auto --shards {job.Shards} --parallel {job.CpusPerTask} --out {Quote(output)}

            """));
        string collect = Path.Combine(folder, $"{name}-collect.sbatch");
        File.WriteAllText(collect, string.Create(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # {name}: merges the {job.Shards} shard stores and writes the report into {Path.Combine(output, name)} (written by `saddle slurm`).
            #SBATCH --job-name=saddle-{name}-collect
            #SBATCH --cpus-per-task=1
            #SBATCH --output={Path.Combine(folder, $"{name}-collect-%j.out")}
            {header}set -euo pipefail
            exec {job.Saddle} reproduce {name}{common} --collect {Quote(output)}

            """));
        string submit = Path.Combine(folder, $"{name}-submit.sh");
        File.WriteAllText(submit, $"""
            #!/bin/bash
            # Submits the array job and the collect job that waits for all of its tasks to succeed.
            set -euo pipefail
            cd "$(dirname "$0")"
            array=$(sbatch --parsable {name}-array.sbatch)
            array=${"{"}array%%;*{"}"}
            collect=$(sbatch --parsable --dependency=afterok:$array {name}-collect.sbatch)
            collect=${"{"}collect%%;*{"}"}
            echo "array $array collect $collect"

            """);
        foreach (var file in new[] { array, collect, submit })
        {
            if (OperatingSystem.IsWindows())
            {
                break;
            }

            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return new Files(array, collect, submit);
    }

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
        return process is not null && Path.GetFileNameWithoutExtension(process) != "dotnet" ? Quote(process) : $"dotnet {Quote(entry)}";
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
            sb.Append(" --only ").Append(Quote(string.Join(",", job.Only)));
        }

        if (job.Set is { Count: > 0 })
        {
            sb.Append(" --set");
            foreach (var item in job.Set)
            {
                sb.Append(' ').Append(Quote(item));
            }
        }

        if (job.Data is not null)
        {
            sb.Append(" --data ").Append(Quote(Path.GetFullPath(job.Data)));
        }

        return sb.ToString();
    }

    private static string Quote(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || "/._-=,:+".Contains(c, StringComparison.Ordinal)) ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
