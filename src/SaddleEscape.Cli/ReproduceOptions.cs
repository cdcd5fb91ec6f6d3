namespace SaddleEscape.Cli;

/// <summary>What <c>saddle reproduce</c> was asked for.</summary>
/// <param name="Quick">The small setting that finishes in minutes.</param>
/// <param name="Seed">Base seed.</param>
/// <param name="Only">Parts of the experiment to run (empty: all); validated against <see cref="IExperimentReport.Parts"/>.</param>
/// <param name="Data">Data directory for experiments on real data (null: the experiment's default).</param>
/// <param name="Settings">key=value overrides of the experiment's setting (<c>--set</c>).</param>
/// <param name="All">True when run as part of <c>reproduce all</c> (experiments whose data is missing then skip instead of failing).</param>
internal sealed record ReproduceOptions(bool Quick, int Seed, IReadOnlyList<string> Only, string? Data = null, IReadOnlyList<string>? Settings = null, bool All = false)
{
    /// <summary>Whether part <paramref name="part"/> is to run.</summary>
    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);
}
