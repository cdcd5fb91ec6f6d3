namespace SaddleEscape.Experiments.Running;

/// <summary>One line of <c>index.md</c>, kept beside each report (<c>NAME/index-entry.json</c>) so that every <c>reproduce</c> can rewrite the index.</summary>
/// <param name="Name">Experiment name (its folder).</param>
/// <param name="Title">Its title.</param>
/// <param name="Headline">The report's headline numbers.</param>
/// <param name="Setting">"quick" or "full" (and overrides).</param>
/// <param name="DateUtc">When the report was written.</param>
/// <param name="ComputeSeconds">Sum of the jobs' wall times.</param>
public sealed record IndexEntry(string Name, string Title, string Headline, string Setting, DateTimeOffset DateUtc, double ComputeSeconds);
