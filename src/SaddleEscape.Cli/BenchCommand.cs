using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.SaddleBench;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary>
/// <c>saddle bench</c>: SaddleBench — the suite's solvers on its instances, certified by the harness — written to
/// <c>DIR/saddlebench/report.md</c> with ECDF and profile PNGs and the per-(run, target) CSV. It is <c>reproduce
/// saddlebench</c> with the bench's own flags turned into the experiment's settings.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(ExperimentRegistry experiments)
    {
        var quick = new Option<bool>("--quick") { Description = "the quick suite (a few minutes on two cores)" };
        var suite = new Option<string?>("--suite") { Description = "the suite: quick, medium or full (default: full, or quick with --quick)" };
        var solvers = new Option<string?>("--solvers") { Description = "built-in solvers, comma-separated (default: all; `saddle experiments saddlebench` lists them)" };
        var families = new Option<string?>("--families") { Description = "families of the suite, comma-separated (default: all)" };
        var dimensions = new Option<string?>("--dimensions") { Description = "dimensions, comma-separated (default: all of the suite's)" };
        var commands = new Option<string[]>("--solver-command") { Description = "an external solver: a command that speaks the ask/tell protocol (docs/protocol.md); repeatable" };
        var seed = new Option<int>("--seed") { Description = "base seed of the solvers", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "output directory: DIR/saddlebench/report.md (re-running resumes from its results store)", DefaultValueFactory = _ => "results" };
        var shard = new Option<string?>("--shard") { Description = "run only shard i/n of the job grid (0-based)" };
        var collect = new Option<bool>("--collect") { Description = "merge the shard stores under DIR/saddlebench/shards and report, running nothing" };
        var parallel = new Option<int?>("--parallel") { Description = "jobs run at once (default: the number of cores)" };
        var command = new Command("bench", "SaddleBench: solvers on instances with exact-saddle and random starts; certified second-order targets, ECDFs, performance profiles")
        {
            quick, suite, solvers, families, dimensions, commands, seed, output, shard, collect, parallel,
        }.With(
            "saddle bench --quick --out results",
            "saddle bench --suite medium --solvers pgd,lbfgs,lbfgs-escape --families octopus,quadratic-saddle",
            "saddle bench --quick --shard 0/4 --out shared && saddle bench --quick --collect --out shared");
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(output)!;
            OutputFolder.Check(dir, "--out");
            var set = new List<string>();
            void Add(string key, string? value)
            {
                if (value is not null)
                {
                    set.Add($"{key}={(value.Length == 0 ? throw new ArgumentException($"--{key.Replace('_', '-')} needs a value") : value)}");
                }
            }

            Add("suite", parse.GetValue(suite));
            Add("solvers", parse.GetValue(solvers));
            Add("families", parse.GetValue(families));
            Add("dimensions", parse.GetValue(dimensions));
            var given = parse.GetValue(commands) ?? [];
            if (given.Any(c => string.IsNullOrWhiteSpace(c) || c.Contains(SaddleBenchExperiment.CommandSeparator, StringComparison.Ordinal)))
            {
                throw new ArgumentException("--solver-command needs a command on one line");
            }

            if (given.Length > 0)
            {
                set.Add("solver_commands=" + string.Join(SaddleBenchExperiment.CommandSeparator, given));
            }

            var request = new ExperimentRequest(
                dir, parse.GetValue(quick), parse.GetValue(seed), [], null, set,
                parse.GetValue(shard) is { } s ? ShardSpec.Parse(s, null) : null,
                parse.GetValue(collect),
                parse.GetValue(parallel) is { } p ? (p >= 1 ? p : throw new ArgumentException($"--parallel must be ≥ 1 (got {p})")) : null);
            return ReproduceCommand.Execute(experiments, "saddlebench", request);
        });
        return command;
    }
}
