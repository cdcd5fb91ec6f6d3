using System.Globalization;

namespace SaddleEscape.Experiments.Running;

/// <summary>What a request will cost, told before it starts: its jobs, how many are stored, and the expected time of the rest.</summary>
/// <param name="Name">The experiment (or sweep).</param>
/// <param name="Jobs">The jobs of the request's shard (all of them without --shard).</param>
/// <param name="Stored">Of those, already in the results store.</param>
/// <param name="Parallelism">Jobs run at once.</param>
/// <param name="Seconds">Expected wall time of the jobs still to run, or null when there is nothing to base it on.</param>
/// <param name="Basis">Where <paramref name="Seconds"/> comes from (stored wall times of earlier runs, or a reference timing).</param>
/// <param name="SkippedBecause">Inside <c>reproduce all</c>: why the experiment cannot run here (it is skipped), or null.</param>
public sealed record ExperimentPlan(string Name, int Jobs, int Stored, int Parallelism, double? Seconds, string Basis, string? SkippedBecause = null)
{
    /// <summary>The jobs still to run.</summary>
    public int ToRun => Jobs - Stored;

    /// <summary>One line for the terminal: "octopus-escape: 180 jobs, 60 stored, 120 to run at 2 at once: about 40 s (from 60 stored wall times)".</summary>
    public string Describe()
    {
        string jobs = string.Create(CultureInfo.InvariantCulture, $"{Name}: {Jobs} job{(Jobs == 1 ? "" : "s")}");
        if (ToRun == 0)
        {
            return $"{jobs}, all stored";
        }

        string stored = Stored > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Stored} stored, {ToRun} to run") : "";
        string time = Seconds is { } s ? $"about {ResourceLimits.Duration(s)} ({Basis})" : $"no estimate yet ({Basis})";
        return string.Create(CultureInfo.InvariantCulture, $"{jobs}{stored}, {Parallelism} at once: {time}");
    }
}
