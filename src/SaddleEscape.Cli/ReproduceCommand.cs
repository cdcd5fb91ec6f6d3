using SaddleEscape.Experiments.Running;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary><c>saddle reproduce EXPERIMENT|all</c>: run (a shard of) an experiment's job grid through the results store, or collect the shards, and report.</summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("experiment") { Description = $"one of: {string.Join(", ", ExperimentRegistry.All.Select(e => e.Name))}, or all" };
        var quick = new Option<bool>("--quick") { Description = "a smaller setting that finishes in minutes on two cores" };
        var seed = new Option<int>("--seed") { Description = "base seed", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "output directory (re-running the same command resumes from DIR/EXPERIMENT/results.sqlite)", DefaultValueFactory = _ => "results" };
        var only = new Option<string[]>("--only") { Description = "run only these parts of one experiment (comma-separated; `saddle experiments NAME` lists them)", AllowMultipleArgumentsPerToken = true };
        var data = new Option<string?>("--data") { Description = "data directory for experiments on real data (psgd-*: Fashion-MNIST IDX files, default /usr/share/datasets/fashion-mnist, or CIFAR-10's cifar-10-batches-bin)" };
        var set = new Option<string[]>("--set") { Description = "key=value overrides of the experiment's setting (`saddle experiments NAME` lists them)", AllowMultipleArgumentsPerToken = true };
        var shard = new Option<string?>("--shard") { Description = "run only shard i/n of the job grid (0-based), or auto: i and n from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX with --shards" };
        var shards = new Option<int?>("--shards") { Description = "n for --shard auto (required with a Kubernetes indexed Job)" };
        var collect = new Option<string?>("--collect") { Description = "merge the shard stores under DIR/EXPERIMENT/shards and write the report into DIR" };
        var parallel = new Option<int?>("--parallel") { Description = "jobs run at once (default: SLURM_CPUS_PER_TASK or the number of cores)" };
        var command = new Command("reproduce", "reproduce a published experiment: report.md, figures (PNG) and numbers (CSV); resumable, shardable")
        {
            name, quick, seed, output, only, data, set, shard, shards, collect, parallel,
        }.With(
            "saddle reproduce octopus-escape --quick --out results",
            "saddle reproduce all --quick",
            "saddle reproduce octopus-escape --shard 0/4 --out shared/results && saddle reproduce octopus-escape --collect shared/results");
        command.SetAction(parse =>
        {
            string? collectDir = parse.GetValue(collect);
            var parseResultOut = parse.GetResult(output);
            if (collectDir is not null && parseResultOut is { Implicit: false } && parse.GetValue(output) != collectDir)
            {
                throw new ArgumentException("--collect DIR is the output folder the shards wrote into; give it without a different --out");
            }

            string? shardText = parse.GetValue(shard);
            int? shardCount = parse.GetValue(shards);
            if (shardCount is not null && shardText is null)
            {
                throw new ArgumentException("--shards goes with --shard auto");
            }

            var request = new ExperimentRequest(
                collectDir ?? parse.GetValue(output)!,
                parse.GetValue(quick),
                parse.GetValue(seed),
                (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
                parse.GetValue(data),
                parse.GetValue(set) ?? [],
                shardText is null ? null : ShardSpec.Parse(shardText, shardCount),
                collectDir is not null,
                parse.GetValue(parallel) is { } p ? (p >= 1 ? p : throw new ArgumentException($"--parallel must be ≥ 1 (got {p})")) : null);
            return Execute(parse.GetValue(name)!, request);
        });
        return command;
    }

    internal static int Execute(string name, ExperimentRequest request)
    {
        bool all = name == "all";
        var chosen = all ? ExperimentRegistry.All : [ExperimentRegistry.Get(name)];
        if (all && (request.Parts.Count > 0 || request.Overrides.Count > 0))
        {
            throw new ArgumentException($"{(request.Parts.Count > 0 ? "--only" : "--set")} needs one experiment, not all");
        }

        request = request with { PartOfAll = all };
        foreach (var experiment in chosen)
        {
            experiment.CountJobs(request);
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
            Console.Error.WriteLine("saddle: stopping after the running jobs; finished jobs are stored, run the same command again to resume");
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            foreach (var experiment in chosen)
            {
                var outcome = Terminal.WithProgress(progress => experiment.Execute(request, progress, cancel.Token));
                if (outcome.SkippedBecause is not null)
                {
                    Console.WriteLine($"{outcome.Name}: skipped — {outcome.SkippedBecause}");
                }
                else if (outcome.Headline is null)
                {
                    Console.WriteLine($"{outcome.Name}: shard {request.ShardToRun} done ({outcome.JobsRun} jobs run, {outcome.JobsStored} already stored)");
                }
                else
                {
                    Console.WriteLine($"{outcome.Name}: {outcome.Headline} → {outcome.ReportPath} ({outcome.JobsRun} jobs run, {outcome.JobsStored} from the store)");
                }
            }
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("saddle: cancelled");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        if (!request.ShardToRun.IsPartial)
        {
            Console.WriteLine($"index: {Path.Combine(request.Output, "index.md")}");
        }

        return 0;
    }
}
