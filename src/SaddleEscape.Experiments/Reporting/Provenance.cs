namespace SaddleEscape.Experiments.Reporting;

/// <summary>Where a report's numbers came from: code, build, machine, date, and how long each part took.</summary>
/// <param name="CodeVersion">Version + git commit of the code that wrote the report.</param>
/// <param name="CodeVersionsOfJobs">The distinct code versions that ran the stored jobs (several after a resume across commits).</param>
/// <param name="Configuration">Build configuration (Debug, Release).</param>
/// <param name="DateUtc">When the report was written.</param>
/// <param name="Cores">Cores of the machine that wrote the report.</param>
/// <param name="Hosts">Machines that ran the jobs.</param>
/// <param name="Setting">"quick" or "full", plus overrides.</param>
/// <param name="Seed">Base seed.</param>
/// <param name="InvocationSeconds">Wall time of this invocation (running what was not stored, analysing, reporting).</param>
/// <param name="PartSeconds">Per part: the sum of its jobs' wall times (compute time; jobs ran in parallel, so wall time is less).</param>
/// <param name="JobsRun">Jobs this invocation ran.</param>
/// <param name="JobsStored">Jobs taken from the results store.</param>
public sealed record Provenance(
    string CodeVersion, IReadOnlyList<string> CodeVersionsOfJobs, string Configuration, DateTimeOffset DateUtc, int Cores,
    IReadOnlyList<string> Hosts, string Setting, int Seed, double InvocationSeconds, IReadOnlyDictionary<string, double> PartSeconds,
    int JobsRun, int JobsStored);
