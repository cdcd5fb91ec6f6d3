using SaddleEscape.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using Spectre.Console;
using System.CommandLine;
using System.Globalization;

namespace SaddleEscape.Cli;

/// <summary><c>saddle run</c>: one optimiser on one problem, certified, with summary.json, trace.csv and trace.png.</summary>
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
        var init = new Option<string?>("--init") { Description = "start from this point: JSON array or CSV of the flat vector" };
        var maxIters = new Option<long>("--max-iters") { Description = "iteration cap; 0 certifies the start point without moving", DefaultValueFactory = _ => 10_000 };
        var gradTol = new Option<double>("--grad-tol") { Description = "stop when ‖grad f‖ ≤ this (for pgd/pagd: and λ_min ≥ −cert-eig-tol)", DefaultValueFactory = _ => 1e-10 };
        var target = new Option<double?>("--target") { Description = "stop when f ≤ this" };
        var budget = new Option<long?>("--max-grads") { Description = "stop after this many gradient evaluations" };
        var wall = new Option<double?>("--max-seconds") { Description = "stop after this much wall time" };
        var certGrad = new Option<double>("--cert-grad-tol") { Description = "certificate: stationary when ‖grad f‖ ≤ this", DefaultValueFactory = _ => 1e-6 };
        var certEig = new Option<double>("--cert-eig-tol") { Description = "certificate: eigenvalues within ±this·max(1,|λ_max|) count as 0", DefaultValueFactory = _ => 1e-6 };
        var output = new Option<string?>("--out") { Description = "directory for summary.json, trace.csv, trace.png" };
        var monitor = new Option<int?>("--monitor-every") { Description = "stochastic optimizers: evaluate the true f and gradient (not charged) every N iterations (default: 1, or max-iters/500 on problems with a stochastic oracle)" };

        var command = new Command("run", "run one optimizer on one problem and certify where it ended")
        {
            problem, dim, set, optimizer, opt, seed, init, maxIters, gradTol, target, budget, wall, certGrad, certEig, output, monitor,
        };
        command.SetAction(parse =>
        {
            var request = new RunRequest(
                parse.GetValue(problem)!, parse.GetValue(dim), parse.GetValue(set) ?? [], parse.GetValue(optimizer)!, parse.GetValue(opt) ?? [],
                parse.GetValue(seed), parse.GetValue(init), parse.GetValue(maxIters), parse.GetValue(gradTol), parse.GetValue(target),
                parse.GetValue(budget), parse.GetValue(wall), parse.GetValue(certGrad), parse.GetValue(certEig), parse.GetValue(output), parse.GetValue(monitor));
            return Execute(request);
        });
        return command;
    }

    internal sealed record RunRequest(
        string Problem, int? Dim, string[] Set, string Optimizer, string[] Opt, int Seed, string? Init, long MaxIters, double GradTol,
        double? Target, long? MaxGrads, double? MaxSeconds, double CertGradTol, double CertEigTol, string? Out, int? MonitorEvery = null);

    internal static int Execute(RunRequest r)
    {
        var definition = ProblemCatalog.Get(r.Problem);
        int dimension = r.Dim ?? definition.DefaultDimension;
        var settings = KeyValueSettings.Parse($"problem {r.Problem}", r.Set, definition.Parameters);
        var instance = definition.Create(dimension, settings, r.Seed);
        var start = r.Init is null ? instance.Start : InitialPointReader.Read(r.Init, instance.Objective.Dimension);
        var optimizer = OptimizerCatalog.Get(r.Optimizer).Create(r.Opt, instance);
        var optimizerSettings = OptimizerCatalog.Get(r.Optimizer).EffectiveSettings(r.Opt, instance);
        var stop = BuildStop(r, optimizer);
        var certificate = new CertificateOptions(r.CertGradTol, r.CertEigTol).Validate();
        int monitorEvery = r.MonitorEvery ?? (instance.Stochastic is null ? 1 : (int)Math.Clamp(r.MaxIters / 500, 1, int.MaxValue));
        if (monitorEvery < 1)
        {
            throw new ArgumentException($"--monitor-every must be ≥ 1 (got {monitorEvery})");
        }

        if (r.Out is not null)
        {
            Directory.CreateDirectory(r.Out);
        }

        var result = Terminal.WithProgress($"{r.Optimizer} on {r.Problem} (d = {dimension})", r.MaxIters, report =>
            Minimizer.Run(instance.CreateOracle(), instance.Manifold, optimizer, start, new MinimizerOptions
            {
                Seed = r.Seed,
                Stop = stop,
                Certificate = certificate,
                MonitorEvery = monitorEvery,
                ProgressEvery = (int)Math.Clamp(r.MaxIters / 200, 1, 10_000),
                Progress = p => report(p.Iteration, FormattableString.Invariant($"f = {p.Value:G6}, ‖∇f‖ = {p.GradientNorm:E2}, escapes {p.Escapes}")),
            }));

        var summary = Summarise(r, instance, optimizer, optimizerSettings, result);
        if (r.Out is not null)
        {
            RunOutput.WriteSummary(Path.Combine(r.Out, "summary.json"), summary);
            RunOutput.WriteTraceCsv(Path.Combine(r.Out, "trace.csv"), result.Trace);
            TracePlot.Save(Path.Combine(r.Out, "trace.png"), $"{r.Optimizer} on {r.Problem}, d = {dimension}, seed {r.Seed}", result.Trace, instance.Truth?.GlobalMinimum);
        }

        Print(summary, r.Out);
        return result.Diverged ? 3 : 0;
    }

    private static StoppingRule BuildStop(RunRequest r, Optimizer optimizer)
    {
        if (r.MaxIters < 0)
        {
            throw new ArgumentException($"--max-iters must be ≥ 0 (got {r.MaxIters})");
        }

        if (!(r.GradTol >= 0))
        {
            throw new ArgumentException(FormattableString.Invariant($"--grad-tol must be ≥ 0 (got {r.GradTol})"));
        }

        // A perturbed method reaches tiny gradients at every saddle it is about to escape: for it the
        // gradient tolerance only counts together with λ_min ≥ −cert-eig-tol.
        var stop = StoppingRule.AfterIterations(r.MaxIters) | (optimizer.PerturbsAtSmallGradients
            ? StoppingRule.AtSecondOrderPoint(r.GradTol, r.CertEigTol)
            : StoppingRule.WhenGradientNormBelow(r.GradTol));
        if (r.Target is { } target)
        {
            stop |= StoppingRule.WhenValueBelow(target);
        }

        if (r.MaxGrads is { } grads)
        {
            stop |= grads >= 1 ? StoppingRule.GradientBudget(grads) : throw new ArgumentException($"--max-grads must be ≥ 1 (got {grads})");
        }

        if (r.MaxSeconds is { } seconds)
        {
            stop |= seconds > 0 && double.IsFinite(seconds)
                ? StoppingRule.AfterWallTime(TimeSpan.FromSeconds(seconds))
                : throw new ArgumentException(FormattableString.Invariant($"--max-seconds must be > 0 (got {seconds})"));
        }

        return stop;
    }

    private static RunSummary Summarise(RunRequest r, ProblemInstance instance, Optimizer optimizer, IReadOnlyDictionary<string, string> optimizerSettings, MinimizationResult result)
    {
        var cert = result.Certificate;
        return new RunSummary
        {
            Problem = r.Problem,
            Optimizer = r.Optimizer,
            Dim = instance.Size ?? instance.Objective.Dimension,
            Parameters = instance.Objective.Dimension,
            Seed = r.Seed,
            Iterations = result.Iterations,
            GradientEvaluations = result.Counts.GradientEquivalents,
            HvpEvaluations = result.Counts.HessianVectorProducts + result.CertificateHessianVectorProducts,
            FinalValue = RunOutput.Finite(result.FinalValue),
            FinalGradNorm = RunOutput.Finite(result.FinalGradientNorm),
            LambdaMin = cert is null ? null : RunOutput.Finite(cert.LambdaMin),
            Classification = (cert?.Classification ?? Classification.NotStationary).Name(),
            Perturbations = result.Perturbations,
            Escapes = result.Escapes,
            RecoveryError = instance.Truth is { } truth && !result.Diverged ? RunOutput.Finite(truth.RecoveryError(result.X)) : null,
            WallSeconds = result.WallSeconds,
            StopReason = result.StopReason,
            StopDetail = result.StopDetail,
            LambdaMax = cert is null ? null : RunOutput.Finite(cert.LambdaMax),
            LambdaMinResidual = cert is null ? null : RunOutput.Finite(cert.LambdaMinResidual),
            GradientTolerance = cert?.GradientTolerance,
            EigenvalueTolerance = cert?.EigenvalueTolerance,
            LanczosSteps = cert?.LanczosSteps,
            ExactHessian = cert?.ExactHessian,
            CertificateHvpEvaluations = result.CertificateHessianVectorProducts,
            StochasticGradientEvaluations = result.Counts.StochasticGradients,
            SampleGradients = result.Counts.SampleGradients,
            FunctionEvaluations = result.Counts.Values,
            GlobalMinimum = instance.Truth?.GlobalMinimum,
            RecoveryErrorDefinition = instance.Truth?.RecoveryErrorDescription,
            Manifold = instance.Manifold.Name,
            OptimizerDescription = optimizer.Describe(),
            ProblemSettings = instance.Settings,
            OptimizerSettings = optimizerSettings,
            Start = r.Init ?? "problem default (seeded)",
            Events = result.Events.Where(e => e.Kind != EventKind.Perturbation).Take(1000)
                .Select(e => new EventSummary(e.Iteration, e.Kind.Name(), RunOutput.Finite(e.ValueChange))).ToArray(),
        };
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
            ("classification", $"{s.Classification} (‖grad f‖ ≤ {F(s.GradientTolerance)}, |λ| ≤ {F(s.EigenvalueTolerance)} counts as 0)"),
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
            Console.WriteLine($"wrote {Path.Combine(output, "summary.json")}, trace.csv, trace.png");
        }
    }
}
