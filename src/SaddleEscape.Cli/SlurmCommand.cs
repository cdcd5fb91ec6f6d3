using SaddleEscape.Experiments.Running;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary><c>saddle slurm EXPERIMENT --shards n --out DIR [--submit]</c>: sbatch scripts for a sharded reproduction.</summary>
internal static class SlurmCommand
{
    public static Command Create(ExperimentRegistry experiments)
    {
        var name = new Argument<string>("experiment") { Description = $"one of: {string.Join(", ", experiments.All.Select(e => e.Name))}" };
        var shards = new Option<int>("--shards") { Description = "array tasks; task i runs shard i/n of the job grid", Required = true };
        var output = new Option<string>("--out") { Description = "output folder on a file system every node sees (scripts go to DIR/slurm)", Required = true };
        var quick = new Option<bool>("--quick") { Description = "the quick setting" };
        var seed = new Option<int>("--seed") { Description = "base seed", DefaultValueFactory = _ => 0 };
        var only = new Option<string[]>("--only") { Description = "parts of the experiment (comma-separated)", AllowMultipleArgumentsPerToken = true };
        var set = new Option<string[]>("--set") { Description = "key=value overrides of the experiment's setting", AllowMultipleArgumentsPerToken = true };
        var data = new Option<string?>("--data") { Description = "data folder for experiments on real data" };
        var cpus = new Option<int>("--cpus-per-task") { Description = "CPUs per array task (jobs the shard runs at once)", DefaultValueFactory = _ => 1 };
        var time = new Option<string?>("--time") { Description = "Slurm time limit per task, e.g. 02:00:00" };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition" };
        var saddle = new Option<string?>("--saddle") { Description = "the command that runs saddle on the nodes (default: this program, e.g. 'dotnet /path/saddle.dll')" };
        var submit = new Option<bool>("--submit") { Description = "submit the array and the dependent collect job with sbatch" };
        var command = new Command("slurm", "write sbatch scripts that run an experiment as a Slurm job array of shards plus a dependent collect job")
        {
            name, shards, output, quick, seed, only, set, data, cpus, time, partition, saddle, submit,
        }.With(
            "saddle slurm octopus-escape --quick --shards 4 --out /shared/results",
            "saddle slurm tensor-decomposition --shards 16 --cpus-per-task 2 --time 01:00:00 --out /shared/results --submit",
            "saddle-torch slurm psgd-mlp --shards 12 --set trials=10 --time 04:00:00 --out /shared/results --submit");
        command.SetAction(parse =>
        {
            var job = new SlurmJob(
                parse.GetValue(name)!, parse.GetValue(shards), parse.GetValue(output)!, parse.GetValue(saddle) ?? SlurmScripts.CurrentSaddleCommand(),
                parse.GetValue(quick), parse.GetValue(seed),
                (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
                parse.GetValue(set) ?? [], parse.GetValue(data), parse.GetValue(cpus), parse.GetValue(time), parse.GetValue(partition));
            OutputFolder.Check(job.Output, "--out");
            var files = SlurmScripts.Write(job, experiments);
            Console.WriteLine($"wrote {files.Array}");
            Console.WriteLine($"wrote {files.Collect}");
            Console.WriteLine($"wrote {files.Submit}");
            if (parse.GetValue(submit))
            {
                var (array, collect) = SlurmScripts.Submit(files);
                Console.WriteLine($"submitted array job {array} and collect job {collect} (runs after every task succeeds); report: {Path.Combine(Path.GetFullPath(job.Output), job.Experiment, "report.md")}");
            }
            else
            {
                Console.WriteLine($"submit with: bash {files.Submit}");
            }

            return 0;
        });
        return command;
    }
}
