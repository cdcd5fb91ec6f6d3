using SaddleEscape.Catalog;
using SaddleEscape.Problems;
using Spectre.Console;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary><c>saddle problems</c> and <c>saddle optimizers</c>: the catalogues with parameters and defaults.</summary>
internal static class CatalogCommands
{
    public static Command Problems()
    {
        var command = new Command("problems", "list problems with their parameters and ground truth");
        command.SetAction(_ =>
        {
            foreach (var p in ProblemCatalog.All)
            {
                Entry(p.Name, $"{p.Summary} (default d = {p.DefaultDimension})", p.Reference, p.GroundTruthSummary, p.Parameters);
            }

            return 0;
        });
        return command;
    }

    public static Command Optimizers()
    {
        var command = new Command("optimizers", "list optimizers with their parameters and defaults");
        command.SetAction(_ =>
        {
            foreach (var o in OptimizerCatalog.All)
            {
                Entry(o.Name, o.Summary, o.Reference, null, o.Parameters);
            }

            return 0;
        });
        return command;
    }

    private static void Entry(string name, string summary, string reference, string? truth, IReadOnlyList<ParameterSpec> parameters)
    {
        if (Terminal.Interactive)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(summary)}");
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(reference)}[/]");
            if (truth is not null)
            {
                AnsiConsole.MarkupLine($"  ground truth: {Markup.Escape(truth)}");
            }

            var table = new Table().AddColumns("parameter", "default", "meaning");
            foreach (var p in parameters)
            {
                table.AddRow(Markup.Escape(p.Key), Markup.Escape(p.Default), Markup.Escape(p.Description));
            }

            AnsiConsole.Write(table);
            return;
        }

        Console.WriteLine($"{name}: {summary}");
        Console.WriteLine($"  reference: {reference}");
        if (truth is not null)
        {
            Console.WriteLine($"  ground truth: {truth}");
        }

        foreach (var p in parameters)
        {
            Console.WriteLine($"  {p.Key} = {p.Default}: {p.Description}");
        }
    }
}
