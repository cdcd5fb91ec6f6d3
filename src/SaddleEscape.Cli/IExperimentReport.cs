namespace SaddleEscape.Cli;

/// <summary>A reproducible experiment: runs, then writes report.md, CSV and PNG figures into its folder.</summary>
internal interface IExperimentReport
{
    /// <summary>Name used by <c>saddle reproduce NAME</c>.</summary>
    string Name { get; }

    /// <summary>Title for the index page.</summary>
    string Title { get; }

    /// <summary>Parts that <c>--only</c> can choose (empty: the experiment runs as one piece).</summary>
    IReadOnlyList<string> Parts => [];

    /// <summary>Keys that <c>--set key=value</c> may override (empty: none).</summary>
    IReadOnlyList<SaddleEscape.Catalog.ParameterSpec> SettingKeys => [];

    /// <summary>Runs and writes into <paramref name="directory"/>; returns one line for the index page.</summary>
    string Reproduce(ReproduceOptions options, string directory);
}
