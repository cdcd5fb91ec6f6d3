using System.CommandLine;
using System.Diagnostics;
using System.Text;

namespace SaddleEscape.Cli;

/// <summary><c>saddle reproduce EXPERIMENT|all [--quick] [--seed S] [--out DIR]</c>.</summary>
internal static class ReproduceCommand
{
    public static IReadOnlyList<IExperimentReport> Experiments { get; } = [new OctopusEscapeReport(), new TensorDecompositionReport(), new LandscapeDesignReport(), new PsgdReport("mlp"), new PsgdReport("cnn")];

    public static Command Create()
    {
        var name = new Argument<string>("experiment") { Description = $"one of: {string.Join(", ", Experiments.Select(e => e.Name))}, or all" };
        var quick = new Option<bool>("--quick") { Description = "a smaller setting that finishes in minutes on two cores" };
        var seed = new Option<int>("--seed") { Description = "base seed", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "output directory", DefaultValueFactory = _ => "results" };
        var only = new Option<string[]>("--only") { Description = "run only these parts of one experiment (comma-separated; see the experiment's report for its parts)", AllowMultipleArgumentsPerToken = true };
        var data = new Option<string?>("--data") { Description = "data directory for experiments on real data (psgd-*: Fashion-MNIST IDX files, default /usr/share/datasets/fashion-mnist, or CIFAR-10's cifar-10-batches-bin)" };
        var set = new Option<string[]>("--set") { Description = "key=value overrides of the experiment's setting (psgd-*: epochs, trials, radii, lr, batch, train, test, loss, hessian_runs)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("reproduce", "reproduce a published experiment: report.md, figures (PNG) and numbers (CSV)") { name, quick, seed, output, only, data, set };
        command.SetAction(parse => Execute(parse.GetValue(name)!, new ReproduceOptions(
            parse.GetValue(quick),
            parse.GetValue(seed),
            (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            parse.GetValue(data),
            parse.GetValue(set) ?? [],
            parse.GetValue(name) == "all"), parse.GetValue(output)!));
        return command;
    }

    internal static int Execute(string name, bool quick, int seed, string output) => Execute(name, new ReproduceOptions(quick, seed, [], All: name == "all"), output);

    internal static int Execute(string name, ReproduceOptions options, string output)
    {
        bool quick = options.Quick;
        int seed = options.Seed;
        var chosen = name == "all"
            ? Experiments
            : [Experiments.FirstOrDefault(e => e.Name == name) ?? throw new ArgumentException($"unknown experiment '{name}' (known: {string.Join(", ", Experiments.Select(e => e.Name))}, all)")];
        if (options.Settings is { Count: > 0 })
        {
            if (chosen.Count != 1)
            {
                throw new ArgumentException("--set needs one experiment, not all");
            }

            if (chosen[0].SettingKeys.Count == 0)
            {
                throw new ArgumentException($"experiment '{name}' has no settings to override with --set");
            }

            SaddleEscape.Catalog.KeyValueSettings.Parse($"experiment {name}", options.Settings, chosen[0].SettingKeys);
        }

        if (options.Only.Count > 0)
        {
            if (chosen.Count != 1)
            {
                throw new ArgumentException("--only needs one experiment, not all");
            }

            var parts = chosen[0].Parts;
            var unknown = options.Only.Where(o => !parts.Contains(o)).ToArray();
            if (unknown.Length > 0)
            {
                throw new ArgumentException(parts.Count == 0
                    ? $"experiment '{name}' has no parts to choose with --only"
                    : $"unknown part '{unknown[0]}' of '{name}' (parts: {string.Join(", ", parts)})");
            }
        }

        Directory.CreateDirectory(output);
        var index = new StringBuilder($"# SaddleEscape reproductions ({(quick ? "quick" : "full")} settings, seed {seed})\n\n");
        foreach (var experiment in chosen)
        {
            var clock = Stopwatch.StartNew();
            string dir = Path.Combine(output, experiment.Name);
            Directory.CreateDirectory(dir);
            string line = experiment.Reproduce(options, dir);
            index.Append(FormattableString.Invariant($"- [{experiment.Title}]({experiment.Name}/report.md): {line} ({clock.Elapsed.TotalSeconds:F1} s)\n"));
            Console.WriteLine($"{experiment.Name}: {line} → {Path.Combine(dir, "report.md")}");
        }

        if (name == "all")
        {
            File.WriteAllText(Path.Combine(output, "index.md"), index.ToString());
            Console.WriteLine($"index: {Path.Combine(output, "index.md")}");
        }

        return 0;
    }
}
