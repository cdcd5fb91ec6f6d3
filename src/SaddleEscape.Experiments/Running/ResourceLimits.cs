using System.Globalization;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The limits a command is held to before it starts, so that a mistyped size is refused in one line instead of
/// filling the memory or running for weeks. Each is checked from the settings alone, before anything is allocated or
/// written, and <c>--force</c> (<see cref="Lift"/>) lifts them all:
/// <list type="bullet">
/// <item>memory: a problem instance (and the vectors a run keeps) at most half the memory available to the process;</item>
/// <item>jobs: at most <see cref="MaxJobs"/> jobs in one experiment or sweep;</item>
/// <item>time: an experiment or sweep expected to take at most <see cref="Horizon"/>;</item>
/// <item>settings: an experiment's integer setting (a count or a size) at most <see cref="SettingFactor"/> times its
/// default, and never below <see cref="SettingFloor"/>.</item>
/// </list>
/// </summary>
public static class ResourceLimits
{
    /// <summary>The most jobs one experiment or sweep may plan.</summary>
    public const long MaxJobs = 1_000_000;

    /// <summary>An experiment's integer setting may be this many times its largest default …</summary>
    public const double SettingFactor = 100;

    /// <summary>… and is always allowed up to this.</summary>
    public const double SettingFloor = 10_000;

    /// <summary>The option that lifts every limit.</summary>
    public const string ForceOption = "--force";

    private static readonly AsyncLocal<bool> LiftedHere = new();

    /// <summary>The longest an experiment or sweep may be expected to take.</summary>
    public static TimeSpan Horizon { get; } = TimeSpan.FromDays(7);

    /// <summary>Whether the limits are checked (false after <c>--force</c>, for the rest of this logical call).</summary>
    public static bool Enforced => !LiftedHere.Value;

    /// <summary>The memory the process may count on (the machine's, or its container's or GC limit's).</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>The memory limit: half of <see cref="AvailableBytes"/>.</summary>
    public static long MemoryBytes => AvailableBytes / 2;

    /// <summary>Lifts (or restores) the limits for the current logical call and what it starts; returns the previous state.</summary>
    public static bool Lift(bool lifted)
    {
        bool before = LiftedHere.Value;
        LiftedHere.Value = lifted;
        return before;
    }

    /// <summary>Refuses <paramref name="what"/> when it needs more than <see cref="MemoryBytes"/>.</summary>
    /// <param name="what">What needs the memory, naming the input, e.g. "quadratic-saddle at d = 1000000000 (16 vectors of 1E+09 doubles)".</param>
    /// <param name="bytes">The estimate.</param>
    /// <exception cref="ArgumentException">Over the limit while <see cref="Enforced"/>.</exception>
    public static void RequireMemory(string what, double bytes)
    {
        if (Enforced && !(bytes <= MemoryBytes))
        {
            throw new ArgumentException($"{what} needs about {Bytes(bytes)} of memory, more than the limit of {Bytes(MemoryBytes)} (half of the {Bytes(AvailableBytes)} available); make it smaller, or give {ForceOption} to try anyway");
        }
    }

    /// <summary>Refuses a grid of more than <see cref="MaxJobs"/> jobs.</summary>
    /// <exception cref="ArgumentException">Over the limit while <see cref="Enforced"/>.</exception>
    public static void RequireJobs(string what, double jobs)
    {
        if (Enforced && !(jobs <= MaxJobs))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} makes {Count(jobs)} jobs, more than the limit of {MaxJobs:N0}; make the grid smaller, or give {ForceOption} to plan it anyway"));
        }
    }

    /// <summary>Refuses work expected to take longer than <see cref="Horizon"/>.</summary>
    /// <exception cref="ArgumentException">Over the limit while <see cref="Enforced"/>.</exception>
    public static void RequireTime(string what, double seconds)
    {
        if (Enforced && seconds > Horizon.TotalSeconds)
        {
            throw new ArgumentException($"{what} is expected to take about {Duration(seconds)}, more than the limit of {Duration(Horizon.TotalSeconds)}; make it smaller, shard it (--shard, saddle slurm), or give {ForceOption} to run it anyway");
        }
    }

    /// <summary>
    /// Refuses an integer setting above <see cref="SettingFactor"/> × max(its largest default, <see cref="SettingFloor"/> / <see cref="SettingFactor"/>).
    /// </summary>
    /// <param name="owner">Whose setting (e.g. "experiment octopus-escape").</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value given.</param>
    /// <param name="largestDefault">The largest default of the key (quick or full).</param>
    /// <exception cref="ArgumentException">Over the limit while <see cref="Enforced"/>.</exception>
    public static void RequireSetting(string owner, string key, double value, double largestDefault)
    {
        double limit = Math.Max(SettingFactor * largestDefault, SettingFloor);
        if (Enforced && value > limit)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{owner}: --set {key}={value:R} is above its limit of {limit:R} ({SettingFactor:R} times its default {largestDefault:R}, at least {SettingFloor:R}); give {ForceOption} to run it anyway"));
        }
    }

    /// <summary>A byte count for people: "512 MB", "2.3 GB", "1.2 TB".</summary>
    public static string Bytes(double bytes) =>
        bytes switch
        {
            >= 1e12 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e12:G3} TB"),
            >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:G3} GB"),
            >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:G3} MB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:G3} kB"),
        };

    /// <summary>A duration for people: "40 s", "12 min", "3.5 h", "9.2 days".</summary>
    public static string Duration(double seconds) =>
        seconds switch
        {
            < 90 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(seconds, 1):F0} s"),
            < 5400 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:F0} min"),
            < 172_800 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:G2} h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86_400:G3} days"),
        };

    private static string Count(double n) => n < 1e15 ? n.ToString("N0", CultureInfo.InvariantCulture) : n.ToString("G3", CultureInfo.InvariantCulture);
}
