using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Running;
using Spectre.Console;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary><c>saddle problems [NAME]</c>, <c>saddle optimizers [NAME]</c> and <c>saddle experiments [NAME]</c>: the catalogues.</summary>
internal static class CatalogCommands
{
    public static Command Problems()
    {
        var name = new Argument<string?>("name") { Description = "show only this problem, with its per-optimizer recommendations", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("problems", "list problems with their parameters and ground truth") { name }
            .With("saddle problems", "saddle problems octopus");
        command.SetAction(parse =>
        {
            string? one = parse.GetValue(name);
            foreach (var p in one is null ? ProblemCatalog.All : [ProblemCatalog.Get(one)])
            {
                var notes = new List<string> { $"ground truth: {p.GroundTruthSummary}" };
                notes.AddRange(p.DefaultRecommendations().Select(r => $"recommended for {OptimizerName(r.SettingsType)}: {string.Join(" ", r.Items)}"));
                if (one is not null)
                {
                    notes.AddRange(InstanceNotes(p.Family));
                }

                Entry(p.Name, $"{p.Summary} (default d = {p.DefaultDimension})", p.Reference, notes, p.Parameters);
            }

            return 0;
        });
        return command;
    }

    public static Command Optimizers()
    {
        var name = new Argument<string?>("name") { Description = "show only this optimizer, with the problems that recommend settings for it", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("optimizers", "list optimizers with their parameters and defaults") { name }
            .With("saddle optimizers", "saddle optimizers pgd");
        command.SetAction(parse =>
        {
            string? one = parse.GetValue(name);
            foreach (var o in one is null ? OptimizerCatalog.All : [OptimizerCatalog.Get(one)])
            {
                var notes = ProblemCatalog.All
                    .SelectMany(p => p.DefaultRecommendations().Where(r => r.SettingsType == o.SettingsType).Select(r => $"problem {p.Name} recommends: {string.Join(" ", r.Items)}"))
                    .ToList();
                Entry(o.Name, o.Summary, o.Reference, notes, o.Parameters);
            }

            return 0;
        });
        return command;
    }

    /// <summary>What an instance at the default dimension (default parameters, seed 0) knows: starts, f*, ℓ and ρ, symmetry.</summary>
    private static IEnumerable<string> InstanceNotes(SaddleEscape.Problems.ProblemFamily family)
    {
        var instance = family.Create(family.DefaultDimension, seed: 0);
        string Number(double? v) => v is { } x ? x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : "not known";
        yield return $"at d = {family.DefaultDimension}, seed 0 (--set start=NAME picks a start where the problem has that setting):";
        foreach (var start in instance.Starts)
        {
            yield return $"  start {start.Name}{(start.IsExactSaddle ? " (an exact strict saddle, g = 0)" : "")}: {start.Description}";
        }

        yield return $"  f* = {Number(instance.Truth?.GlobalMinimum)}";
        yield return instance.Smoothness is { } s
            ? $"  ℓ = {Number(s.GradientLipschitz)}, ρ = {Number(s.HessianLipschitz)} ({instance.SmoothnessSource ?? "stated by the problem"})"
            : "  ℓ, ρ: not known (the step size is the problem's suggested one; the default stopping rule takes ρ = 1)";
        yield return $"  continuous symmetry: {(instance.ContinuousSymmetryDimension == 0 ? "none" : $"orbits of dimension {instance.ContinuousSymmetryDimension} (that many zero Hessian eigenvalues at every minimum)")}";
    }

    private static string OptimizerName(Type settingsType) =>
        string.Join("/", OptimizerCatalog.All.Where(o => o.SettingsType == settingsType).Select(o => o.Name));

    public static Command Experiments(ExperimentRegistry experiments)
    {
        var name = new Argument<string?>("name") { Description = "show only this experiment", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("experiments", "list the experiments `saddle reproduce` knows, with their parts (--only) and settings (--set)") { name }
            .With("saddle experiments", "saddle experiments landscape-design");
        command.SetAction(parse =>
        {
            string? one = parse.GetValue(name);
            foreach (var e in one is null ? experiments.All : [experiments.Get(one)])
            {
                var notes = new List<string>
                {
                    $"jobs: {e.CountJobs(new ExperimentRequest("results", Quick: true))} quick, {e.CountJobs(new ExperimentRequest("results"))} full",
                    e.Parts.Count == 0 ? "parts: none (runs as one piece)" : $"parts (--only): {string.Join(", ", e.Parts)}",
                };
                Entry(e.Name, e.Title, $"version {e.Version}", notes, e.SettingKeys);
            }

            foreach (var x in one is null ? experiments.Elsewhere : [])
            {
                Console.WriteLine($"{x.Name}: not in this tool: {x.Where}");
            }

            return 0;
        });
        return command;
    }

    private static void Entry(string name, string summary, string reference, IReadOnlyList<string> notes, IReadOnlyList<ParameterSpec> parameters)
    {
        if (Terminal.Interactive)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(summary)}");
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(reference)}[/]");
            foreach (var note in notes)
            {
                AnsiConsole.MarkupLine($"  {Markup.Escape(note)}");
            }

            if (parameters.Count > 0)
            {
                var table = new Table().AddColumns("parameter", "default", "meaning");
                foreach (var p in parameters)
                {
                    table.AddRow(Markup.Escape(p.Key), Markup.Escape(p.Default), Markup.Escape(p.Description));
                }

                AnsiConsole.Write(table);
            }

            return;
        }

        Console.WriteLine($"{name}: {summary}");
        Console.WriteLine($"  reference: {reference}");
        foreach (var note in notes)
        {
            Console.WriteLine($"  {note}");
        }

        foreach (var p in parameters)
        {
            Console.WriteLine($"  {p.Key} = {p.Default}: {p.Description}");
        }
    }
}
