using SaddleEscape.Experiments.Running;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace SaddleEscape.Cli;

/// <summary><c>saddle reproduce EXPERIMENT|all</c>: run (a shard of) an experiment's job grid through the results store, or collect the shards, and report.</summary>
internal static class ReproduceCommand
{
    public static Command Create(ExperimentRegistry experiments)
    {
        string elsewhere = experiments.Elsewhere.Count == 0 ? "" : $" (not in this tool: {string.Join(", ", experiments.Elsewhere.Select(x => x.Name))})";
        var name = new Argument<string>("experiment") { Description = $"one of: {string.Join(", ", experiments.All.Select(e => e.Name))}, or all{elsewhere}" };
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
        var processes = new Option<int?>("--processes") { Description = "run the jobs not yet stored in P child processes, each running one job (shard i/N, N = the grid's jobs) with --threads split between them, then collect and report: for TorchSharp experiments, whose jobs run one at a time in a process" };
        var command = new Command("reproduce", "reproduce a published experiment: report.md, figures (PNG) and numbers (CSV); resumable, shardable")
        {
            name, quick, seed, output, only, data, set, shard, shards, collect, parallel, processes,
        }.With(
            "saddle reproduce all --quick --out results",
            "saddle reproduce octopus-escape --shard 0/4 --out shared/results && saddle reproduce octopus-escape --collect shared/results",
            "saddle-torch reproduce psgd-mlp --quick --processes 2");
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

            OutputFolder.Check(collectDir ?? parse.GetValue(output), collectDir is null ? "--out" : "--collect");
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
            if (parse.GetValue(processes) is { } p2)
            {
                return ExecuteInProcesses(experiments, parse.GetValue(name)!, request, p2);
            }

            return Execute(experiments, parse.GetValue(name)!, request);
        });
        return command;
    }

    /// <summary>
    /// <c>--processes P</c>: the jobs not yet stored run as one-job shards in P child processes of this program
    /// (<see cref="ShardProcessPool"/>), then the shard stores are collected into the results store and the report is
    /// written, as <c>--collect</c> would. Stored jobs are not run again, so the same command resumes.
    /// </summary>
    internal static int ExecuteInProcesses(ExperimentRegistry experiments, string name, ExperimentRequest request, int processes)
    {
        if (processes < 1)
        {
            throw new ArgumentException($"--processes must be ≥ 1 (got {processes})");
        }

        if (name == "all" || request.Shard is not null || request.Collect)
        {
            throw new ArgumentException($"--processes runs and collects one experiment itself: give it without {(name == "all" ? "all" : request.Collect ? "--collect" : "--shard")}");
        }

        var experiment = experiments.Get(name);
        var plan = experiment.Plan(request);
        var pending = experiment.UnstoredJobShards(request);
        if (processes == 1 || pending.Count <= 1)
        {
            return Execute(experiments, name, request);
        }

        Costs.Announce(plan with { Parallelism = Math.Min(processes, pending.Count), Seconds = plan.Seconds * plan.Parallelism / Math.Min(processes, pending.Count) });
        int threads = Math.Max(1, Numerics.ThreadLimit.Threads / processes);
        var self = SelfCommand();
        ProcessStartInfo Start(ShardSpec shard) => new(self[0], [.. self.Skip(1), .. ChildArguments(name, request, shard, threads)]);

        string shardsDirectory = Path.Combine(request.Output, name, "shards");
        bool finished = Interruption.Run(
            "saddle: starting no more shard processes; the running ones stop after their jobs, run the same command again to resume",
            token => Terminal.WithProgress(progress =>
            {
                progress.Message($"{name}: {pending.Count} jobs not yet stored; running them in {processes} processes of {threads} thread{(threads == 1 ? "" : "s")} each (logs in {shardsDirectory})");
                ShardProcessPool.Run(pending, Start, processes, shardsDirectory, progress, $"{name} [{processes} processes]", token);
                return 0;
            }));
        if (!finished)
        {
            return ExitCodes.Interrupted;
        }

        return Execute(experiments, name, request with { Collect = true });
    }

    /// <summary>The arguments of the child that runs <paramref name="shard"/> of <paramref name="request"/>.</summary>
    internal static IReadOnlyList<string> ChildArguments(string name, ExperimentRequest request, ShardSpec shard, int threads)
    {
        var args = new List<string> { "reproduce", name, "--out", request.Output, "--seed", request.Seed.ToString(CultureInfo.InvariantCulture) };
        if (request.Quick)
        {
            args.Add("--quick");
        }

        if (request.Data is not null)
        {
            args.AddRange(["--data", request.Data]);
        }

        foreach (string part in request.Parts)
        {
            args.AddRange(["--only", part]);
        }

        foreach (string setting in request.Overrides)
        {
            args.AddRange(["--set", setting]);
        }

        args.AddRange(["--shard", shard.ToString(), "--parallel", "1", "--threads", threads.ToString(CultureInfo.InvariantCulture)]);
        return args;
    }

    private static string[] SelfCommand()
    {
        string executable = Environment.ProcessPath ?? throw new InvalidOperationException("--processes: cannot tell which program is running");
        return Path.GetFileNameWithoutExtension(executable) == "dotnet"
            ? [executable, (Assembly.GetEntryAssembly() ?? typeof(ReproduceCommand).Assembly).Location] // `dotnet saddle.dll …` (or saddle-torch.dll)
            : [executable];
    }

    internal static int Execute(ExperimentRegistry experiments, string name, ExperimentRequest request)
    {
        bool all = name == "all";
        var chosen = all ? experiments.All : [experiments.Get(name)];
        if (all && (request.Parts.Count > 0 || request.Overrides.Count > 0))
        {
            throw new ArgumentException($"{(request.Parts.Count > 0 ? "--only" : "--set")} needs one experiment, not all");
        }

        request = request with { PartOfAll = all, IndexOrder = experiments.Order };
        // Every experiment is checked and costed before the first one starts.
        var plans = chosen.Select(e => e.Plan(request)).ToList();
        foreach (var plan in plans.Where(_ => !request.Collect))
        {
            Costs.Announce(plan);
        }

        bool done = Interruption.Run("saddle: stopping after the running jobs; finished jobs are stored, run the same command again to resume", token =>
        {
            foreach (var experiment in chosen)
            {
                var outcome = Terminal.WithProgress(progress => experiment.Execute(request, progress, token));
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

            foreach (var x in all ? experiments.Elsewhere : [])
            {
                Console.WriteLine($"{x.Name}: skipped — {x.Where}");
            }
        });
        if (!done)
        {
            return ExitCodes.Interrupted;
        }

        if (!request.ShardToRun.IsPartial)
        {
            Console.WriteLine($"index: {Path.Combine(request.Output, "index.md")}");
        }

        return 0;
    }
}
