using SaddleEscape.Catalog;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments;

/// <summary>
/// Du et al. 2017's experiment (seed 002 "Smooth counter-example"; seed 004 §1.1): on the octopus
/// with L = e, γ = 1, τ = e and starts uniform on [−1, 1]^d, count the iterations each method
/// needs to first come within <see cref="OctopusEscapeSettings.Tolerance"/> of f*. GD's count
/// grows exponentially with d; the perturbed methods' counts grow linearly (one escape per saddle).
/// </summary>
public static class OctopusEscapeExperiment
{
    /// <summary>Runs every (method, d, seed) on both cores; <paramref name="progress"/> is called after each run.</summary>
    public static IReadOnlyList<OctopusEscapeRun> Run(OctopusEscapeSettings settings, int baseSeed = 0, Action<OctopusEscapeRun>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var jobs = (from method in OctopusEscapeSettings.Methods
                    from d in settings.Dimensions
                    from s in Enumerable.Range(0, settings.Seeds)
                    select (method.Optimizer, method.Options, d, Seed: baseSeed + s)).ToArray();
        var results = new OctopusEscapeRun[jobs.Length];
        var lockObj = new object();
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, i =>
        {
            var job = jobs[i];
            results[i] = RunOne(job.Optimizer, job.Options, job.d, job.Seed, settings);
            if (progress is not null)
            {
                lock (lockObj)
                {
                    progress(results[i]);
                }
            }
        });
        return results;
    }

    /// <summary>One run.</summary>
    public static OctopusEscapeRun RunOne(string optimizer, string[] options, int dimension, int seed, OctopusEscapeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var definition = ProblemCatalog.Get("octopus");
        var problem = definition.Create(dimension, KeyValueSettings.Empty("problem octopus"), seed);
        var opt = OptimizerCatalog.Get(optimizer).Create(options, problem);
        double fStar = problem.Truth!.GlobalMinimum!.Value;
        var result = Minimizer.Run(problem.CreateOracle(), problem.Manifold, opt, problem.Start, new MinimizerOptions
        {
            Seed = seed,
            Certificate = null,
            TraceMaxRows = 64,
            Stop = StoppingRule.AfterIterations(settings.MaxIterations) | StoppingRule.WhenValueBelow(fStar + settings.Tolerance),
        });
        bool reached = result.StopReason == "target-value";
        var octopus = (OctopusFunction)problem.Objective;
        int region = octopus.Region(result.X);
        // Smallest positive normal double: below it the coordinate is subnormal (or 0).
        bool stuck = !reached && region < dimension && Math.Abs(result.X[region]) < 2.2250738585072014E-308;
        return new OctopusEscapeRun(optimizer, dimension, seed, reached ? result.Iterations : null, result.StopReason, result.FinalValue - fStar, stuck, result.Perturbations);
    }
}
