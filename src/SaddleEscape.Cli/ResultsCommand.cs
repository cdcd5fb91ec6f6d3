using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using System.CommandLine;

namespace SaddleEscape.Cli;

/// <summary><c>saddle results export DIR --format csv|parquet</c>: the results stores under DIR as flat tables.</summary>
internal static class ResultsCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "an experiment's output folder (holding results.sqlite), or the --out folder of reproduce (every experiment in it)" };
        var format = new Option<string>("--format") { Description = "csv or parquet", DefaultValueFactory = _ => "parquet" };
        var output = new Option<string?>("--out") { Description = "output file (only when DIR holds one experiment); default: results.FORMAT beside each store" };
        var export = new Command("export", "write the stored jobs (settings and records, one row each) as CSV or Parquet for pandas/polars")
        {
            directory, format, output,
        }.With(
            "saddle results export results/octopus-escape --format parquet",
            "saddle results export results --format csv",
            "saddle results export sweeps/octopus-pgd-radius --format csv --out octopus-sweep.csv");
        export.SetAction(parse =>
        {
            foreach (var file in ResultsExport.Export(parse.GetValue(directory)!, parse.GetValue(format)!, parse.GetValue(output)))
            {
                Console.WriteLine($"wrote {file}");
            }

            return 0;
        });
        return new Command("results", "work with results stores (results.sqlite)") { export }
            .With("saddle results export results/octopus-escape --format parquet", "saddle results export results --format csv");
    }
}
