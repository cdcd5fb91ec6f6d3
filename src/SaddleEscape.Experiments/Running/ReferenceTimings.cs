namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The compute time (the sum of the jobs' wall times) of each experiment's quick setting, measured on the reference
/// machine (2 cores, Release build; `reproduce all --quick` on 2026-12-07, its index.md, with other work on the
/// machine, so rather high): the basis of a time estimate when no earlier run of the experiment is stored. Another
/// setting is scaled by its jobs' weights against the quick setting's. The TorchSharp experiments have none yet.
/// </summary>
internal static class ReferenceTimings
{
    /// <summary>Where the numbers come from, for messages.</summary>
    public const string Source = "scaled from the quick setting's time on a 2-core reference machine";

    /// <summary>Seconds of compute of the quick setting, by experiment.</summary>
    public static IReadOnlyDictionary<string, double> QuickSeconds { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["octopus-escape"] = 4.8,
        ["escape-time"] = 67.8,
        ["tensor-decomposition"] = 58.5,
        ["landscape-design"] = 121.8,
        ["nn-lift"] = 102.4,
        ["spin-glass"] = 435.4,
        ["level-sets"] = 27.9,
        ["spectra"] = 138.9,
    };
}
