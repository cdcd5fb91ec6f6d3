using SaddleEscape.Catalog;
using SaddleEscape.Optimizers;
using SaddleEscape.Landscape;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments;

/// <summary>One setting of the landscape-design experiment (seed 003 Sec. 4).</summary>
/// <param name="Key">Short name for <c>--only</c>: f-relu, f-sigmoid, fprime, G.</param>
/// <param name="Label">Figure label, e.g. "f, ReLU (Fig. 1)".</param>
/// <param name="Problem">Catalogue problem.</param>
/// <param name="ProblemSettings">Its --set items.</param>
/// <param name="BatchSize">Fresh samples per SGD step.</param>
/// <param name="StepSize">Initial step size η₀.</param>
public sealed record LandscapeDesignSetting(string Key, string Label, string Problem, string[] ProblemSettings, int BatchSize, double StepSize);

/// <summary>One run: (iteration, validation risk, e(Q)) checkpoints and the final values.</summary>
/// <param name="Label">Setting label.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Curve">Checkpoints.</param>
/// <param name="FinalError">Final e(Q).</param>
/// <param name="FinalRisk">Final validation risk (f, f′) or population G.</param>
/// <param name="Classification">Certificate of the final point (validation / population objective).</param>
/// <param name="WallSeconds">Wall time.</param>
/// <param name="Polished">For ReLU f: where GD on the exact population risk (arc-cosine closed form) goes from the SGD end point, certified by HVPs — "global", "spurious local-min", a saddle, … — with its risk and e(Q); null otherwise.</param>
public sealed record LandscapeDesignRun(string Label, int Seed, IReadOnlyList<(long Iteration, double Risk, double Error)> Curve, double FinalError, double FinalRisk, string Classification, double WallSeconds, (string Verdict, double Risk, double Error, double LambdaMin)? Polished = null);

/// <summary>
/// Seed 003 Sec. 4: SGD with fresh samples on f (ReLU, sigmoid), f′ (with unit-row projection) and G,
/// d-dimensional teacher with B* = I, a* = 1, noiseless; step η₀ for a plateau, then ×¼ every
/// <c>decayEvery</c> iterations (the paper's schedule: plateau 10 000, decay every 5 000) — run as
/// stages of the memoryless SGD, each restarting from the previous iterate with the smaller step.
/// </summary>
public static class LandscapeDesignExperiment
{
    /// <summary>The four settings of Fig. 1–4 with the given batch sizes.</summary>
    public static IReadOnlyList<LandscapeDesignSetting> Settings(bool quick) =>
    [
        new("f-relu", "f, ReLU (Fig. 1)", "landscape-design-f", ["activation=relu", "teacher=identity"], 256, 0.01),
        new("f-sigmoid", "f, sigmoid (Fig. 2)", "landscape-design-f", ["activation=sigmoid", "teacher=identity"], 256, 0.05),
        new("fprime", "f′, ReLU teacher, unit rows (Fig. 3)", "landscape-design-f", ["activation=relu", "teacher=identity", "objective=fprime"], quick ? 512 : 8192, 0.05),
        new("G", "G, ReLU teacher (Fig. 4)", "landscape-design-G", ["teacher=identity", "oracle=samples"], quick ? 1024 : 262_144, 1.0 / 160),
    ];

    /// <summary>Runs every one of <paramref name="settings"/> for <paramref name="seeds"/> seeds in dimension <paramref name="d"/>.</summary>
    public static IReadOnlyList<LandscapeDesignRun> Run(IReadOnlyList<LandscapeDesignSetting> settings, int d, int seeds, long plateau, long decayEvery, int stages, int checkpointEvery, Action<LandscapeDesignRun>? progress = null)
    {
        var jobs = (from s in settings from seed in Enumerable.Range(0, seeds) select (s, seed)).ToArray();
        var results = new LandscapeDesignRun[jobs.Length];
        var gate = new object();
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            results[i] = RunOne(jobs[i].s, d, jobs[i].seed, plateau, decayEvery, stages, checkpointEvery);
            if (progress is not null)
            {
                lock (gate)
                {
                    progress(results[i]);
                }
            }
        });
        return results;
    }

    /// <summary>One run of one setting.</summary>
    public static LandscapeDesignRun RunOne(LandscapeDesignSetting setting, int d, int seed, long plateau, long decayEvery, int stages, int checkpointEvery)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var definition = ProblemCatalog.Get(setting.Problem);
        var problem = definition.Create(d, KeyValueSettings.Parse($"problem {setting.Problem}", setting.ProblemSettings, definition.Parameters), seed);
        var curve = new List<(long, double, double)>();
        var x = (double[])problem.Start.Clone();
        long offset = 0;
        MinimizationResult? last = null;
        for (int stage = 0; stage <= stages; stage++)
        {
            long length = stage == 0 ? plateau : decayEvery;
            double eta = setting.StepSize * Math.Pow(0.25, stage);
            var sgd = OptimizerCatalog.Get("sgd").Create([FormattableString.Invariant($"step_size={eta}"), $"batch_size={setting.BatchSize}"], problem);
            long stageOffset = offset;
            last = Minimizer.Run(problem.CreateOracle(), problem.Manifold, sgd, x, new MinimizerOptions
            {
                Seed = unchecked((seed * 1000) + stage),
                Stop = StoppingRule.AfterIterations(length),
                MonitorEvery = checkpointEvery,
                ProgressEvery = checkpointEvery,
                Progress = p => curve.Add((stageOffset + p.Iteration, p.Value, problem.Truth!.RecoveryError(p.Point))),
                Certificate = stage == stages ? new CertificateOptions(1e-3, 1e-6) : null,
                TraceMaxRows = 64,
            });
            x = last.X;
            offset += length;
        }

        double risk = problem.Objective.Value(x);
        double error = problem.Truth!.RecoveryError(x);
        curve.Add((offset, risk, error));
        var polished = setting.ProblemSettings.Contains("activation=relu") && !setting.ProblemSettings.Contains("objective=fprime")
            ? Polish(problem, x, d, seed)
            : ((string, double, double, double)?)null;
        return new LandscapeDesignRun(setting.Label, seed, curve, error, risk, last!.Certificate?.Classification.Name() ?? "—", clock.Elapsed.TotalSeconds, polished);
    }

    /// <summary>
    /// GD on the exact ReLU population risk from the SGD end point (up to 50 000 steps or ‖∇f‖ ≤ 1e-9),
    /// then the certificate: a local minimum with excess risk ≤ 1e-6 is "global", with more "spurious local-min".
    /// </summary>
    private static (string, double, double, double) Polish(ProblemInstance problem, double[] start, int d, int seed)
    {
        var teacher = new Networks.TeacherNetwork(Enumerable.Repeat(1.0, d).ToArray(), Networks.TeacherNetwork.OrthogonalFirstLayer("identity", d, new Random(0)), d, Networks.Activation.Relu);
        var population = new Networks.ReluPopulationRisk(teacher);
        var oracle = new Objectives.Oracle(population);
        var result = Minimizer.Run(oracle, problem.Manifold, new GradientDescent(0.05), start, new MinimizerOptions
        {
            Seed = seed,
            Stop = StoppingRule.AfterIterations(50_000) | StoppingRule.WhenGradientNormBelow(1e-9),
            Certificate = new CertificateOptions(1e-6, 1e-6),
            TraceMaxRows = 64,
        });
        var cert = result.Certificate!;
        // ReLU's scaling symmetry a·relu(bᵀx) = (a/c)·relu(c·bᵀx) makes every minimum degenerate (a flat
        // direction per hidden unit), so second-order information alone cannot say "minimum"; the value can.
        bool global = result.FinalValue <= 1e-6;
        string verdict = cert.Classification switch
        {
            Classification.LocalMinimum => global ? "global (strict)" : "spurious local-min",
            Classification.Degenerate => global ? "global (degenerate)" : "non-global second-order point (degenerate)",
            _ => cert.Classification.Name(),
        };
        return (verdict, result.FinalValue, problem.Truth!.RecoveryError(result.X), cert.LambdaMin);
    }
}
