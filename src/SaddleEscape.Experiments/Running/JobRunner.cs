using SaddleEscape.Numerics;
using System.Diagnostics;
using System.Globalization;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The one parallel runner: runs jobs on up to <c>parallelism</c> threads, stores each result the moment its job
/// ends (one transaction per job), and reports progress as finished work plus the running jobs' own fractions.
/// Jobs already in the store are not given to it. Cancellation stops new jobs from starting; finished ones stay stored.
/// </summary>
public static class JobRunner
{
    /// <summary>One job to run: its key, JSON, weight (share of the progress bar) and the work.</summary>
    /// <param name="Key">Stable key.</param>
    /// <param name="JobJson">The job as JSON (stored beside the record).</param>
    /// <param name="Weight">Relative cost, for the progress bar.</param>
    /// <param name="Label">Short label for progress lines.</param>
    /// <param name="Run">Runs the job and returns its record as JSON.</param>
    public sealed record Work(string Key, string JobJson, double Weight, string Label, Func<JobContext, string> Run);

    /// <summary>Runs <paramref name="work"/> and writes each result to <paramref name="store"/>.</summary>
    public static void Run(
        IReadOnlyList<Work> work, ResultsStore store, string experiment, int version, ShardSpec shard, int parallelism,
        IProgressSink progress, string description, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(progress);
        if (work.Count == 0)
        {
            return;
        }

        double total = work.Sum(w => w.Weight);
        double finished = 0;
        var running = new Dictionary<string, double>(StringComparer.Ordinal);
        var gate = new Lock();
        string host = Environment.MachineName;
        string shardText = shard.ToString();
        progress.Start(description, total);
        try
        {
            void Report(string note)
            {
                double done;
                lock (gate)
                {
                    done = finished + running.Values.Sum();
                }

                progress.Report(done, note);
            }

            Parallel.ForEach(
                work,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation },
                item =>
                {
                    var clock = Stopwatch.StartNew();
                    var context = new JobContext(
                        (fraction, note) =>
                        {
                            lock (gate)
                            {
                                running[item.Key] = fraction * item.Weight;
                            }

                            Report($"{item.Label}: {note}");
                        },
                        cancellation);
                    string record = item.Run(context);
                    // A job that returned after Ctrl+C may have been cut short (its run stops with "cancelled"): it is not
                    // stored, so the same command runs it again in full.
                    cancellation.ThrowIfCancellationRequested();
                    double seconds = clock.Elapsed.TotalSeconds;
                    store.Put(new StoredJob(
                        item.Key, experiment, version, item.JobJson, record, seconds, CodeVersion.Current,
                        DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), shardText, host));
                    lock (gate)
                    {
                        running.Remove(item.Key);
                        finished += item.Weight;
                    }

                    Report(item.Label);
                });
        }
        finally
        {
            progress.Finish();
        }
    }

    /// <summary>Jobs to run at once: <paramref name="requested"/>, else the thread budget (<see cref="ThreadLimit"/>); never more than that budget nor <paramref name="cap"/>.</summary>
    public static int Parallelism(int? requested, int cap)
    {
        // Never more jobs at once than the thread budget (saddle --threads, SADDLE_THREADS, SLURM_CPUS_PER_TASK, the cores).
        int n = Math.Min(requested ?? ThreadLimit.Threads, ThreadLimit.Threads);
        return Math.Clamp(n, 1, Math.Max(1, cap));
    }
}
