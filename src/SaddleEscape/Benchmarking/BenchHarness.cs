using SaddleEscape.Landscape;
using SaddleEscape.Objectives;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// Runs one solver on one instance from one start under a budget, and certifies the result: the solver sees only the
/// harness's counted, watched oracle (<see cref="BenchWatch"/>); the outcome, the counts, the first hit of every target and
/// the verdict on the solver's claim are the harness's.
/// </summary>
public static class BenchHarness
{
    /// <summary>Runs <paramref name="solver"/> on <paramref name="instance"/> from start kind <paramref name="start"/> with <paramref name="budget"/> gradient-equivalents.</summary>
    public static BenchRecord Run(BenchInstance instance, string start, IBenchSolver solver, long budget, int seed, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(solver);
        var problem = instance.Problem;
        var x0 = instance.Start(start);
        var watch = new BenchWatch(problem.Objective, problem.Manifold, budget, BenchSuite.Epsilons, BenchSuite.Deltas, instance.KnownMinimum, instance.HessianLipschitz);
        var oracle = watch.CreateOracle(problem.Stochastic);
        var task = new BenchTask(instance.Label, instance.PointLength, instance.Number, start, oracle, problem.Manifold, (double[])x0.Clone(), budget, seed, BenchSuite.Epsilons.Min());
        string outcome;
        bool claims = false;
        string? detail;
        double[]? final;
        try
        {
            var claim = solver.Solve(task, cancellation);
            claims = claim.ClaimsConvergence;
            outcome = claims ? BenchOutcomes.ConvergedClaim : BenchOutcomes.StoppedWithoutClaim;
            detail = claim.Detail;
            final = claim.Point;
        }
        catch (BudgetExhaustedException e)
        {
            outcome = BenchOutcomes.BudgetExhausted;
            detail = e.Message;
            final = watch.LastPoint;
        }
        catch (SolverFailedException e)
        {
            outcome = e.Outcome;
            detail = e.Detail.Length == 0 ? e.Message : $"{e.Message} | {e.Detail.ReplaceLineEndings(" | ")}";
            final = watch.LastPoint;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            outcome = BenchOutcomes.Error;
            detail = $"{e.GetType().Name}: {e.Message}";
            final = watch.LastPoint;
        }

        final ??= x0;
        var counts = watch.Snapshot();
        double value = double.NaN, gradientNorm = double.NaN, lambda = double.NaN;
        string classification = "not-finite";
        if (final.Length == problem.Objective.Dimension && final.All(double.IsFinite))
        {
            value = problem.Objective.Value(final);
        }

        if (double.IsFinite(value))
        {
            (gradientNorm, lambda) = watch.ObserveFinal(final);
            var certificate = SecondOrderCertificate.Compute(new Oracle(problem.Objective), problem.Manifold, final, new CertificateOptions(BenchSuite.ClaimTolerance)
            {
                Symmetry = problem.ContinuousSymmetry,
                KnownMinimum = instance.KnownMinimum,
            });
            classification = certificate.Classification.Name();
        }

        bool certified = double.IsFinite(gradientNorm) && double.IsFinite(lambda) && watch.IsSecondOrderPoint(gradientNorm, lambda, BenchSuite.ClaimTolerance);
        return new BenchRecord(
            BenchSuite.Version, instance.Label, instance.Dimension, instance.PointLength, instance.Number, start, solver.Name, seed, budget,
            outcome, claims, claims && !certified, detail, value, instance.KnownMinimum is { } fStar ? value - fStar : null, gradientNorm, lambda,
            classification, counts, watch.Hits(), watch.LanczosRuns, watch.CertificateHessianVectorProducts, watch.Rho, solver.Description, watch.ValueLog());
    }
}
