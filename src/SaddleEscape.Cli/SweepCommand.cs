using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Sweeps;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary><c>saddle sweep FILE.toml</c>: a grid of runs through the results store (resumable, shardable) with a generic report.</summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "sweep file (TOML): problems × set grids × optimizers × opt grids × dimensions × seeds" };
        var output = new Option<string?>("--out") { Description = "output folder (default: sweeps/NAME); re-running resumes from its results.sqlite" };
        var shard = new Option<string?>("--shard") { Description = "run only shard i/n of the grid, or auto (Slurm array / Kubernetes indexed Job)" };
        var shards = new Option<int?>("--shards") { Description = "n for --shard auto" };
        var collect = new Option<bool>("--collect") { Description = "merge the shard stores under OUT/shards and write the report" };
        var parallel = new Option<int?>("--parallel") { Description = "runs at once (default: SLURM_CPUS_PER_TASK or the number of cores)" };
        var command = new Command("sweep", "run a grid of saddle runs from a TOML file: report.md, a plot, cells.csv and results.parquet")
        {
            file, output, shard, shards, collect, parallel,
        }.With(
            "saddle sweep examples/octopus-pgd-radius.toml --out sweeps/octopus",
            "saddle sweep examples/quadratic-saddle-methods.toml --shard 0/2 --out sweeps/q && saddle sweep examples/quadratic-saddle-methods.toml --shard 1/2 --out sweeps/q && saddle sweep examples/quadratic-saddle-methods.toml --collect --out sweeps/q",
            "saddle results export sweeps/octopus --format csv");
        command.SetAction(parse =>
        {
            var spec = SweepFile.Load(parse.GetValue(file)!);
            var experiment = new SweepExperiment(spec);
            string? shardText = parse.GetValue(shard);
            var request = new ExperimentRequest(
                parse.GetValue(output) ?? Path.Combine("sweeps", spec.Name),
                Shard: shardText is null ? null : ShardSpec.Parse(shardText, parse.GetValue(shards)),
                Collect: parse.GetValue(collect),
                Parallelism: parse.GetValue(parallel) is { } p ? (p >= 1 ? p : throw new ArgumentException($"--parallel must be ≥ 1 (got {p})")) : null);
            OutputFolder.Check(request.Output, "--out");
            var plan = experiment.Plan(request);
            if (!request.Collect)
            {
                Costs.Announce(plan);
            }
            ExperimentOutcome? outcome = null;
            bool done = Interruption.Run(
                $"saddle: stopping after the running jobs; finished runs are stored, run the same command again to resume",
                token => outcome = Terminal.WithProgress(progress => experiment.Execute(request, progress, token)));
            if (!done || outcome is null)
            {
                return ExitCodes.Interrupted;
            }

            Console.WriteLine(outcome.Headline is null
                ? $"sweep {spec.Name}: shard {request.ShardToRun} done ({outcome.JobsRun} runs, {outcome.JobsStored} already stored)"
                : $"sweep {spec.Name}: {outcome.Headline} → {outcome.ReportPath} ({outcome.JobsRun} runs, {outcome.JobsStored} from the store)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
