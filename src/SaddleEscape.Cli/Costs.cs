using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Cli;

/// <summary>What a reproduction or sweep will cost, said before it starts; a plan over the time limit is refused unless forced.</summary>
internal static class Costs
{
    /// <summary>Prints <paramref name="plan"/> on stderr and refuses it when its expected time is over <see cref="ResourceLimits.Horizon"/>.</summary>
    public static void Announce(ExperimentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.SkippedBecause is not null)
        {
            return; // said when it is skipped
        }

        if (plan.Seconds is { } seconds)
        {
            ResourceLimits.RequireTime($"{plan.Name} ({plan.ToRun} jobs to run, {plan.Parallelism} at once)", seconds);
        }

        Console.Error.WriteLine($"saddle: {plan.Describe()}");
    }
}
