using SaddleEscape.Experiments.Configuration;

namespace SaddleEscape.Experiments.Running;

/// <summary>An experiment as the CLI sees it: a name, its parts and overridable settings, and one way to run it.</summary>
public interface IExperiment
{
    /// <summary>Name used by <c>saddle reproduce NAME</c>.</summary>
    string Name { get; }

    /// <summary>Title for the index page.</summary>
    string Title { get; }

    /// <summary>Bumped whenever a change alters what a job computes: stored results of other versions are not reused.</summary>
    int Version { get; }

    /// <summary>Parts that <c>--only</c> can choose (empty: the experiment runs as one piece).</summary>
    IReadOnlyList<string> Parts { get; }

    /// <summary>Keys that <c>--set key=value</c> may override, with their quick and full defaults.</summary>
    IReadOnlyList<ParameterSpec> SettingKeys { get; }

    /// <summary>The number of jobs the request makes (all shards); validates the request (one clear <see cref="ArgumentException"/>).</summary>
    int CountJobs(ExperimentRequest request);

    /// <summary>
    /// The jobs of <paramref name="request"/> that its results store (<c>Output/NAME/results.sqlite</c>) does not yet
    /// hold, each as the one-job shard i/N (N = all the request's jobs) that runs it: what <c>--processes</c> hands to
    /// its child processes. Throws <see cref="ArgumentException"/> when the experiment cannot run here.
    /// </summary>
    IReadOnlyList<ShardSpec> UnstoredJobShards(ExperimentRequest request);

    /// <summary>
    /// What the request will cost before anything runs: its jobs, how many are stored, and the expected time of the rest
    /// (from stored wall times of earlier runs, else a reference timing). Validates like <see cref="CountJobs"/>.
    /// </summary>
    ExperimentPlan Plan(ExperimentRequest request);

    /// <summary>Runs (the request's shard of) the grid, storing each job as it ends; unless only a shard ran, analyses and reports.</summary>
    ExperimentOutcome Execute(ExperimentRequest request, IProgressSink progress, CancellationToken cancellation = default);
}
