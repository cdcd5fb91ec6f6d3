using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Standalone;
using System.CommandLine;
using System.Globalization;

namespace SaddleEscape.Cli;

/// <summary><c>saddle spectrum</c>: the Hessian spectrum of a catalogue problem at a point (a file or a run's end point).</summary>
internal static class SpectrumCommand
{
    public static Command Create()
    {
        var problem = new Option<string?>("--problem") { Description = "problem name (see `saddle problems`); or --from-run" };
        var dim = new Option<int?>("--dim") { Description = "dimension (default: the problem's)" };
        var set = new Option<string[]>("--set") { Description = "problem parameter key=value (repeatable)", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "seed of the problem instance (and of its default start)", DefaultValueFactory = _ => 0 };
        var init = new Option<string?>("--init") { Description = "the point: JSON array or CSV of the flat vector (default: the problem's seeded start)" };
        var fromRun = new Option<string?>("--from-run") { Description = "a directory written by `saddle run --out`: its problem, settings, seed and point.json" };
        var k = new Option<int>("--k") { Description = "bottom and top eigenpairs to compute", DefaultValueFactory = _ => 5 };
        var probes = new Option<int>("--probes") { Description = "stochastic Lanczos quadrature: probe vectors (and Hutchinson's trace probes)", DefaultValueFactory = _ => 10 };
        var steps = new Option<int>("--steps") { Description = "Lanczos steps per probe", DefaultValueFactory = _ => 80 };
        var zeroTol = new Option<double>("--zero-tol") { Description = "|λ| ≤ this counts as zero (absolute)", DefaultValueFactory = _ => 1e-6 };
        var output = new Option<string>("--out") { Description = "directory for spectrum.json, eigenvalues.csv, density.csv, density.png", Required = true };
        var command = new Command("spectrum", "the Hessian's spectrum at a point, from Hessian-vector products: extreme eigenpairs, density, index and nullity, trace")
        {
            problem, dim, set, seed, init, fromRun, k, probes, steps, zeroTol, output,
        }.With(
            "saddle spectrum --problem tensor-orthogonal-4 --dim 5 --out spectra/start",
            "saddle run --problem octopus --dim 10 --optimizer gd --max-iters 200 --out runs/gd && saddle spectrum --from-run runs/gd --out spectra/gd");
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(output)!;
            OutputFolder.Check(dir, "--out");
            string? run = parse.GetValue(fromRun);
            string? name = parse.GetValue(problem);
            if ((run is null) == (name is null))
            {
                throw new ArgumentException("give either --problem (with --init or the problem's start) or --from-run DIR");
            }

            var spec = new SpectrumSpecification(name ?? "", parse.GetValue(dim), parse.GetValue(set) ?? [], parse.GetValue(seed), parse.GetValue(init),
                parse.GetValue(k), parse.GetValue(probes), parse.GetValue(steps), parse.GetValue(zeroTol));
            if (run is not null)
            {
                spec = SpectrumSpecification.FromRun(run, spec);
            }

            var (summary, density, exact) = SpectrumRun.Compute(spec);
            SpectrumRun.Write(dir, summary, density, exact);
            string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
            Console.WriteLine($"{summary.Problem} (d = {summary.Dim}, seed {summary.Seed}) at {summary.Point}: f = {F(summary.Value ?? double.NaN)}, ‖grad f‖ = {F(summary.GradNorm ?? double.NaN)}");
            Console.WriteLine($"bottom: {string.Join(", ", summary.Bottom.Select(F))}");
            Console.WriteLine($"top: {string.Join(", ", summary.Top.Select(F))}");
            Console.WriteLine($"{(summary.CountsExact ? "counts (whole spectrum)" : "counts (SLQ estimate)")}: {summary.Negative} negative, {summary.NearZero} within ±{F(summary.ZeroTolerance)}, {summary.Positive} positive of {summary.TangentDimension}; trace {F(summary.Trace)}{(summary.TraceStandardError > 0 ? $" ± {F(summary.TraceStandardError)}" : "")}");
            Console.WriteLine($"{summary.HvpEvaluations} HVPs, {summary.WallSeconds:F2} s; wrote {Path.Combine(dir, "spectrum.json")}, eigenvalues.csv, density.csv, density.png");
            return 0;
        });
        return command;
    }
}
