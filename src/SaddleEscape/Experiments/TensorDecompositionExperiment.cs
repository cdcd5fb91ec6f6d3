using SaddleEscape.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using SaddleEscape.Tensors;
using System.Diagnostics;

namespace SaddleEscape.Experiments;

/// <summary>
/// Orthogonal 4th-order tensor decomposition (seed 000 Eq. 6, Thm. 5; Ge et al. 2015): for each d,
/// exact and noisy T, and each seed, run projected noisy SGD, PGD, plain projected GD and PAGD on
/// the product of spheres, and the robust tensor power method with deflation; record the recovery
/// error against iterations and wall time, and certify where each optimiser ended.
/// </summary>
public static class TensorDecompositionExperiment
{
    /// <summary>Every run, spread over both cores; <paramref name="progress"/> after each.</summary>
    public static IReadOnlyList<TensorDecompositionRun> Run(TensorDecompositionSettings settings, int baseSeed = 0, Action<TensorDecompositionRun>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var methods = TensorDecompositionSettings.Optimizers.Append(TensorDecompositionSettings.PowerMethod).ToArray();
        var jobs = (from d in settings.Dimensions.OrderByDescending(d => d)
                    from noisy in new[] { false, true }
                    from method in methods
                    from s in Enumerable.Range(0, settings.Seeds)
                    select (method, d, noisy, seed: baseSeed + s)).ToArray();
        var results = new TensorDecompositionRun[jobs.Length];
        var gate = new object();
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (method, d, noisy, seed) = jobs[i];
            results[i] = method == TensorDecompositionSettings.PowerMethod
                ? RunPowerMethod(d, noisy, seed, settings)
                : RunOptimizer(method, d, noisy, seed, settings);
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

    /// <summary>The problem instance of one (d, noise, seed).</summary>
    public static ProblemInstance Problem(int d, bool noisy, int seed, TensorDecompositionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var definition = ProblemCatalog.Get("tensor-orthogonal-4");
        string[] items = noisy ? [FormattableString.Invariant($"noise={settings.Noise}"), "noise_form=low-rank"] : [];
        return definition.Create(d, KeyValueSettings.Parse("problem tensor-orthogonal-4", items, definition.Parameters), seed);
    }

    /// <summary>One optimiser run with checkpoints and a certificate.</summary>
    public static TensorDecompositionRun RunOptimizer(string method, int d, bool noisy, int seed, TensorDecompositionSettings settings)
    {
        var problem = Problem(d, noisy, seed, settings);
        var optimizer = OptimizerCatalog.Get(method).Create([], problem);
        var curve = new List<(long, double, double)>();
        var clock = Stopwatch.StartNew();
        var stop = StoppingRule.AfterIterations(settings.MaxIterations) | (optimizer.PerturbsAtSmallGradients
            ? StoppingRule.AtSecondOrderPoint(1e-10, 1e-6)
            : StoppingRule.WhenGradientNormBelow(1e-10));
        var result = Minimizer.Run(problem.CreateOracle(), problem.Manifold, optimizer, problem.Start, new MinimizerOptions
        {
            Seed = seed,
            Stop = stop,
            Certificate = null,
            TraceMaxRows = 64,
            ProgressEvery = settings.CheckpointEvery,
            Progress = p => curve.Add((p.Iteration, clock.Elapsed.TotalSeconds, problem.Truth!.RecoveryError(p.Point))),
        });
        double seconds = clock.Elapsed.TotalSeconds;
        double error = problem.Truth!.RecoveryError(result.X);
        curve.Add((result.Iterations, seconds, error));
        var certificate = SecondOrderCertificate.Compute(problem.CreateOracle(), problem.Manifold, result.X, new CertificateOptions(1e-6, 1e-6, new LanczosOptions(MaxSteps: 150, FullSpaceLimit: 500)));
        return new TensorDecompositionRun(method, d, noisy, seed, error, result.Iterations, seconds, certificate.Classification.Name(), certificate.LambdaMin, curve);
    }

    /// <summary>The robust tensor power method (Alg. 6, order 4, R = 10 random starts, N = 30) with deflation.</summary>
    public static TensorDecompositionRun RunPowerMethod(int d, bool noisy, int seed, TensorDecompositionSettings settings)
    {
        var problem = Problem(d, noisy, seed, settings);
        var tensor = ((OrthogonalTensorObjective)problem.Objective).Tensor;
        const int restarts = 10, iterations = 30;
        var random = new Random(seed);
        var curve = new List<(long, double, double)>();
        var clock = Stopwatch.StartNew();
        var found = new List<double>();
        long total = 0;
        Deflation.Decompose(tensor, d, t =>
        {
            var pair = TensorPowerMethod.ExtractOne(t, restarts, iterations, svdStarts: false, random);
            total += ((restarts + 1) * iterations);
            found.AddRange(pair.Vector);
            // Until every component is found the decomposition is incomplete: missing ones count as error 1.
            double partial = found.Count == d * d ? problem.Truth!.RecoveryError(found.ToArray()) : Math.Max(1.0, problem.Truth!.RecoveryError(found.ToArray()));
            curve.Add((total, clock.Elapsed.TotalSeconds, partial));
            return pair;
        });
        double seconds = clock.Elapsed.TotalSeconds;
        double error = problem.Truth!.RecoveryError(found.ToArray());
        return new TensorDecompositionRun(TensorDecompositionSettings.PowerMethod, d, noisy, seed, error, total, seconds, "—", double.NaN, curve);
    }
}
