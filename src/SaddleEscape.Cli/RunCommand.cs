using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Standalone;
using SaddleEscape.Landscape;
using Spectre.Console;
using System.CommandLine;
using System.Globalization;

namespace SaddleEscape.Cli;

/// <summary><c>saddle run</c>: one optimiser on one problem, certified, with summary.json, trace.csv, trace.png and point.json.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var problem = new Option<string>("--problem") { Description = "problem name (see `saddle problems`)", Required = true };
        var dim = new Option<int?>("--dim") { Description = "dimension (default: the problem's)" };
        var set = new Option<string[]>("--set") { Description = "problem parameter key=value (repeatable)", AllowMultipleArgumentsPerToken = true };
        var optimizer = new Option<string>("--optimizer") { Description = "optimizer name (see `saddle optimizers`)", Required = true };
        var opt = new Option<string[]>("--opt") { Description = "optimizer parameter key=value (repeatable)", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "seed of the start point and of every random draw", DefaultValueFactory = _ => 0 };
        var init = new Option<string?>("--init") { Description = "start from this point: JSON array or CSV of the flat vector (e.g. a run's point.json)" };
        var maxIters = new Option<long>("--max-iters") { Description = "iteration cap; 0 certifies the start point without moving", DefaultValueFactory = _ => 10_000 };
        var gradTol = new Option<double>("--grad-tol") { Description = "stop when ‖grad f‖ ≤ this (for the methods that escape saddles: and λ_min ≥ −cert-eig-tol)", DefaultValueFactory = _ => 1e-10 };
        var target = new Option<double?>("--target") { Description = "stop when f ≤ this" };
        var targetGap = new Option<double?>("--target-gap") { Description = "stop when f − f* ≤ this (problems with a known f*)" };
        var budget = new Option<long?>("--max-grads") { Description = "stop after this many gradient evaluations" };
        var wall = new Option<double?>("--max-seconds") { Description = "stop after this much wall time" };
        var certGrad = new Option<double>("--cert-grad-tol") { Description = "certificate: stationary when ‖grad f‖ ≤ this", DefaultValueFactory = _ => 1e-6 };
        var certEig = new Option<double>("--cert-eig-tol") { Description = "certificate: eigenvalues within ±this·max(1,|λ_max|) count as 0", DefaultValueFactory = _ => 1e-6 };
        var certificate = new Option<string>("--certificate") { Description = "second-order certificate: off, fast (≤ 40 Lanczos steps) or full (≤ 300; domains ≤ 400 exhausted); the Lanczos basis never holds more than a quarter of the available memory", DefaultValueFactory = _ => "full" };
        var output = new Option<string?>("--out") { Description = "directory for summary.json, trace.csv, trace.png, point.json (and escape-direction.json)" };
        var monitor = new Option<int?>("--monitor-every") { Description = "stochastic optimizers: evaluate the true f and gradient (not charged) every N iterations (default: 1, or max-iters/500 on problems with a stochastic oracle)" };

        var command = new Command("run", "run one optimizer on one problem and certify where it ended")
        {
            problem, dim, set, optimizer, opt, seed, init, maxIters, gradTol, target, targetGap, budget, wall, certGrad, certEig, certificate, output, monitor,
        }.With(
            "saddle run --problem quadratic-saddle --dim 10 --set start=stable-manifold --optimizer pgd --out runs/pgd",
            "saddle run --problem octopus --dim 10 --optimizer pgd --opt r=0.1 g_thres=0.1 f_thres=0.01 t_thres=100 --target-gap 0.01",
            "saddle run --problem quadratic-saddle --optimizer gd --init runs/pgd/point.json --max-iters 0");
        command.SetAction(parse =>
        {
            var spec = new RunSpecification(
                parse.GetValue(problem)!, parse.GetValue(dim), parse.GetValue(set) ?? [], parse.GetValue(optimizer)!, parse.GetValue(opt) ?? [],
                parse.GetValue(seed), parse.GetValue(maxIters), parse.GetValue(gradTol), parse.GetValue(target), parse.GetValue(targetGap),
                parse.GetValue(budget), parse.GetValue(wall), parse.GetValue(certGrad), parse.GetValue(certEig), parse.GetValue(monitor),
                CertificateModeNames.Parse(parse.GetValue(certificate)!));
            return Execute(spec, parse.GetValue(init), parse.GetValue(output));
        });
        return command;
    }

    internal static int Execute(RunSpecification spec, string? init, string? output)
    {
        var run = SingleRun.Prepare(spec, init);
        if (output is not null)
        {
            OutputFolder.Check(output, "--out");
        }

        PrintSettings(run);
        var (result, summary) = Terminal.WithProgress(progress => SingleRun.Execute(run, progress));
        if (output is not null)
        {
            summary = SingleRun.WriteOutputs(output, run, result, summary);
        }

        Print(summary, output);
        if (result.Diverged)
        {
            Console.Error.WriteLine($"saddle: the run {(summary.StopReason == "diverged" ? "diverged" : "left its domain")} ({summary.StopDetail}){(output is null ? "" : $"; what it had is written to {output}")}");
            return ExitCodes.Diverged;
        }

        return ExitCodes.Ok;
    }

    private static void PrintSettings(PreparedRun run)
    {
        Console.WriteLine($"problem: {run.Specification.Problem} (d = {run.Dimension}; {string.Join(", ", run.Problem.Settings.Select(kv => $"{kv.Key}={kv.Value}"))})");
        Console.WriteLine($"optimizer: {run.Optimizer.Describe()}");
        if (run.RecommendedAndUsed.Count > 0)
        {
            Console.WriteLine($"  recommended by {run.Specification.Problem} and used: {string.Join(" ", run.RecommendedAndUsed)}");
        }
    }

    private static void Print(RunSummary s, string? output)
    {
        string F(double? v) => v is { } x ? x.ToString("G6", CultureInfo.InvariantCulture) : "—";
        var lines = new (string, string)[]
        {
            ("stop reason", s.StopDetail is null ? s.StopReason : $"{s.StopReason}: {s.StopDetail}"),
            ("iterations", s.Iterations.ToString(CultureInfo.InvariantCulture)),
            ("gradient evaluations", s.GradientEvaluations.ToString(CultureInfo.InvariantCulture)),
            ("final f", F(s.FinalValue)),
            ("‖grad f‖", F(s.FinalGradNorm)),
            ("λ_min / λ_max", $"{F(s.LambdaMin)} / {F(s.LambdaMax)}"),
            ("classification", s.Certificate == "off" ? $"{s.Classification} (certificate off)" : $"{s.Classification} (‖grad f‖ ≤ {F(s.GradientTolerance)}, |λ| ≤ {F(s.EigenvalueTolerance)} counts as 0)"),
            ("where it ended", s.CertificateSummary ?? "—"),
            ("certificate", s.Certificate == "off" ? s.CertificateNote ?? "off" : $"{s.Certificate}: {s.LanczosSteps} Lanczos steps of at most {s.CertificateStepLimit}{(s.CertificateLimitedByMemory == true ? " (capped by the memory budget)" : "")}, residual {F(s.LambdaMinResidual)}"),
            ("perturbations / escapes", $"{s.Perturbations} / {s.Escapes}"),
            ("recovery error", F(s.RecoveryError)),
            ("wall time", FormattableString.Invariant($"{s.WallSeconds:F3} s")),
        };
        if (Terminal.Interactive)
        {
            var table = new Table().AddColumn("").AddColumn("");
            table.HideHeaders();
            foreach (var (k, v) in lines)
            {
                table.AddRow(Markup.Escape(k), Markup.Escape(v));
            }

            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var (k, v) in lines)
            {
                Console.WriteLine($"{k}: {v}");
            }
        }

        if (output is not null)
        {
            Console.WriteLine($"wrote {Path.Combine(output, "summary.json")}, trace.csv, trace.png, point.json{(s.EscapeDirectionFile is null ? "" : ", escape-direction.json")}");
        }
    }
}
