using System.Diagnostics;
using System.Globalization;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// Runs shards as child processes, at most <c>processes</c> at a time, each started the moment another ends, with its
/// stdout and stderr in a log file of its own (<c>log-i-of-n.txt</c>). This is how <c>saddle reproduce --processes P</c>
/// spreads a grid over the cores when a job cannot share its process: TorchSharp jobs, whose libtorch threads are
/// process-global, run one at a time inside a process, so two cores are only both used by two processes. Every child
/// writes its own shard store, so no SQLite file has two writers; the caller collects them afterwards.
/// </summary>
public static class ShardProcessPool
{
    /// <summary>
    /// Starts <paramref name="start"/>(shard) for every shard, at most <paramref name="processes"/> at once, and waits
    /// for all of them. A child that fails does not stop the others (their jobs are stored and count when resumed);
    /// after all have ended, one <see cref="InvalidOperationException"/> names how many failed and where their logs
    /// are. Cancellation stops new children from starting and waits for the running ones (they got the same Ctrl+C).
    /// </summary>
    /// <param name="shards">The shards to run, in order.</param>
    /// <param name="start">The command of one shard's child (its output is redirected here).</param>
    /// <param name="processes">The most children at once (≥ 1).</param>
    /// <param name="logDirectory">Where each child's log goes.</param>
    /// <param name="progress">Progress: one unit per finished child.</param>
    /// <param name="description">The progress bar's description.</param>
    /// <param name="cancellation">Stops new children from starting.</param>
    public static void Run(
        IReadOnlyList<ShardSpec> shards, Func<ShardSpec, ProcessStartInfo> start, int processes, string logDirectory,
        IProgressSink progress, string description, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(logDirectory);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentOutOfRangeException.ThrowIfLessThan(processes, 1);
        if (shards.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(logDirectory);
        var failures = new List<(ShardSpec Shard, int ExitCode, string Log)>();
        var gate = new Lock();
        int finished = 0;
        progress.Start(description, shards.Count);
        try
        {
            Parallel.ForEach(
                shards,
                new ParallelOptions { MaxDegreeOfParallelism = processes, CancellationToken = cancellation },
                shard =>
                {
                    string log = Path.Combine(logDirectory, string.Create(CultureInfo.InvariantCulture, $"log-{shard.Index}-of-{shard.Count}.txt"));
                    var clock = Stopwatch.StartNew();
                    int exitCode = RunOne(start(shard), log);
                    lock (gate)
                    {
                        finished++;
                        if (exitCode != 0)
                        {
                            failures.Add((shard, exitCode, log));
                        }

                        progress.Report(finished, string.Create(CultureInfo.InvariantCulture, $"shard {shard} {(exitCode == 0 ? "done" : $"FAILED (exit {exitCode})")} in {clock.Elapsed.TotalSeconds:F0} s"));
                    }
                });
        }
        finally
        {
            progress.Finish();
        }

        if (failures.Count > 0)
        {
            var first = failures.OrderBy(f => f.Shard.Index).First();
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{failures.Count} of {shards.Count} shard processes failed (shard {first.Shard} exited with {first.ExitCode}: {LastLine(first.Log)}; its log: {first.Log}); the others' jobs are stored, run the same command again to resume"));
        }
    }

    private static int RunOne(ProcessStartInfo info, string log)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var writer = new StreamWriter(log, append: false) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        }

        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Write($"could not start {info.FileName}: {e.Message}");
            return -1;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit(); // also waits for the redirected streams to reach their end
        return process.ExitCode;
    }

    private static string LastLine(string log)
    {
        try
        {
            return File.ReadLines(log).LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no output";
        }
        catch (IOException)
        {
            return "no log";
        }
    }
}
