using System.Globalization;

namespace SaddleEscape.Numerics;

/// <summary>
/// How many threads the library may use at once: the bound of every <c>Parallel.For</c> in the core (through
/// <see cref="Options"/>), of the experiment runner's concurrent jobs and of libtorch's intra-op threads. Set by
/// <c>saddle --threads N</c>; otherwise from the environment variable <c>SADDLE_THREADS</c>, else Slurm's
/// <c>SLURM_CPUS_PER_TASK</c>, else the number of cores — and never more than the cores.
/// </summary>
public static class ThreadLimit
{
    private static int _threads = Resolve(Environment.GetEnvironmentVariable("SADDLE_THREADS"), Environment.GetEnvironmentVariable("SLURM_CPUS_PER_TASK"), Environment.ProcessorCount);
    private static ParallelOptions _options = new() { MaxDegreeOfParallelism = _threads };

    /// <summary>The bound now in force.</summary>
    public static int Threads => _threads;

    /// <summary>Options for <c>Parallel.For</c> that respect the bound.</summary>
    public static ParallelOptions Options => _options;

    /// <summary>Sets the bound (clamped to the number of cores); throws on n &lt; 1.</summary>
    public static void Set(int threads)
    {
        if (threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), threads, $"--threads must be ≥ 1 (got {threads})");
        }

        _threads = Math.Min(threads, Environment.ProcessorCount);
        _options = new ParallelOptions { MaxDegreeOfParallelism = _threads };
    }

    /// <summary>The default rule: SADDLE_THREADS, else SLURM_CPUS_PER_TASK, else the cores; unparsable or non-positive values are ignored; at most the cores.</summary>
    public static int Resolve(string? saddleThreads, string? slurmCpusPerTask, int cores)
    {
        static int? Positive(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : null;
        int wanted = Positive(saddleThreads) ?? Positive(slurmCpusPerTask) ?? cores;
        return Math.Clamp(wanted, 1, Math.Max(1, cores));
    }
}
