using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Standalone;
using System.CommandLine;
using System.Globalization;

namespace SaddleEscape.Cli;

/// <summary><c>saddle slice</c>: a 2-D view of a catalogue problem with optimiser paths overlaid.</summary>
internal static class SliceCommand
{
    public static Command Create()
    {
        var problem = new Option<string>("--problem") { Description = "problem name (see `saddle problems`)", Required = true };
        var dim = new Option<int?>("--dim") { Description = "dimension (default: the problem's)" };
        var set = new Option<string[]>("--set") { Description = "problem parameter key=value (repeatable)", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "seed of the instance, its start and the optimisers", DefaultValueFactory = _ => 0 };
        var center = new Option<string>("--center") { Description = "origin, start, or a file with the point (JSON array or CSV)", DefaultValueFactory = _ => "origin" };
        var directions = new Option<string>("--directions") { Description = "axes (the coordinates --axes) or random (filter-normalised random directions)", DefaultValueFactory = _ => "axes" };
        var axes = new Option<string>("--axes") { Description = "two coordinate indices for --directions axes, e.g. 0,1", DefaultValueFactory = _ => "0,1" };
        var range = new Option<double>("--range") { Description = "the view spans [−range, range]² around the centre", DefaultValueFactory = _ => 1 };
        var resolution = new Option<int>("--resolution") { Description = "grid points per side", DefaultValueFactory = _ => 121 };
        var optimizer = new Option<string[]>("--optimizer") { Description = "optimisers whose paths to overlay (repeatable; catalogue defaults, from the problem's start or --init)", AllowMultipleArgumentsPerToken = true };
        var maxIters = new Option<long>("--max-iters") { Description = "iterations of each optimiser", DefaultValueFactory = _ => 500 };
        var init = new Option<string?>("--init") { Description = "start of the optimisers (default: the problem's seeded start)" };
        var output = new Option<string>("--out") { Description = "directory for slice.png, slice.csv, paths.csv", Required = true };
        var command = new Command("slice", "a 2-D view of f (the objective itself in 2-D, or a plane through a point) with optimiser paths")
        {
            problem, dim, set, seed, center, directions, axes, range, resolution, optimizer, maxIters, init, output,
        }.With(
            "saddle slice --problem quadratic-saddle --dim 2 --set start=stable-manifold --optimizer gd pgd --max-iters 300 --range 1.5 --out views/quadratic",
            "saddle slice --problem octopus --dim 2 --optimizer gd pgd --max-iters 400 --range 12 --out views/octopus",
            "saddle slice --problem tensor-orthogonal-4 --dim 5 --center start --directions random --range 0.5 --out views/tensor");
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(output)!;
            OutputFolder.Check(dir, "--out");
            var parts = parse.GetValue(axes)!.Split(',');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int j))
            {
                throw new ArgumentException($"--axes must be two indices like 0,1 (got '{parse.GetValue(axes)}')");
            }

            var spec = new SliceSpecification(parse.GetValue(problem)!, parse.GetValue(dim), parse.GetValue(set) ?? [], parse.GetValue(seed), parse.GetValue(center)!,
                parse.GetValue(directions)!, (i, j), parse.GetValue(range), parse.GetValue(resolution), parse.GetValue(optimizer) ?? [], parse.GetValue(maxIters), parse.GetValue(init));
            var (slice, paths, title) = SliceRun.Compute(spec);
            SliceRun.Write(dir, slice, paths, title);
            foreach (var (name, path) in paths)
            {
                var end = path[^1];
                Console.WriteLine(FormattableString.Invariant($"{name}: {path.Count} points, ends at (α, β) = ({end.Alpha:G4}, {end.Beta:G4})"));
            }

            Console.WriteLine($"wrote {Path.Combine(dir, "slice.png")}, slice.csv, paths.csv");
            return 0;
        });
        return command;
    }
}
