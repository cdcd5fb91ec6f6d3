using SaddleEscape.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments;

/// <summary>
/// Landscape checks beyond seed 003's simulations: (1) Thm. 2.3 — from many random starts, gradient descent on the
/// population G ends at a global minimum (a signed permutation of B*); (2) App. F — without the regulariser, P′
/// has a non-global second-order point at B = (e₁, e₁, e₂, (e₃+e₄)/√2) once max a* &gt; 2 min a*.
/// </summary>
public static class DesignedLandscapeCheck
{
    /// <summary>
    /// GD (the problem's suggested step) on the population G in dimension <paramref name="d"/> from
    /// <paramref name="starts"/> random starts, each with its own random orthogonal teacher (seeds
    /// <paramref name="firstSeed"/>…), until ‖∇G‖ ≤ 1e-10 or 50 000 steps; certified with tolerance 1e-6.
    /// </summary>
    public static IReadOnlyList<RandomStartOutcome> RandomStarts(int d, int starts, int firstSeed, Action<int>? progress = null)
    {
        var def = ProblemCatalog.Get("landscape-design-G");
        var results = new RandomStartOutcome[starts];
        int done = 0;
        Parallel.For(0, starts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            int seed = firstSeed + i;
            var p = def.Create(d, KeyValueSettings.Empty("problem landscape-design-G"), seed);
            var r = Minimizer.Run(p.CreateOracle(), p.Manifold, OptimizerCatalog.Get("gd").Create([], p), p.Start, new MinimizerOptions
            {
                Seed = seed,
                Stop = StoppingRule.AfterIterations(50_000) | StoppingRule.WhenGradientNormBelow(1e-10),
                Certificate = new CertificateOptions(1e-6, 1e-6),
                TraceMaxRows = 16,
            });
            results[i] = new RandomStartOutcome(seed, p.Truth!.RecoveryError(r.X), r.Certificate!.Classification, r.Iterations, r.Certificate.LambdaMin);
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return results;
    }

    /// <summary>
    /// App. F's point for a* = (1, a, a, a): P′ (Ge et al.'s Eq. 6 for T = Σ a*_i e_i^⊗4, i.e. G's pair term without
    /// the regulariser R) on the product of unit spheres, certified with tolerance 1e-9; then Riemannian GD (step
    /// 0.01, 20 000 steps) from <paramref name="probes"/> random points at distance ~<paramref name="radius"/>: a
    /// local minimum pulls them back to its value, a saddle lets some escape to a lower one.
    /// </summary>
    public static SpuriousPointOutcome SpuriousPoint(double a, int probes = 10, double radius = 1e-3, int seed = 0)
    {
        var t = Tensors.LowRankSymmetricTensor.FromComponents(4, [1, a, a, a],
            new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } });
        var p = new Tensors.OrthogonalTensorObjective(t, 4);
        var manifold = new Manifolds.ProductOfSpheres(4, 4);
        double h = Math.Sqrt(0.5);
        var b = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, h, h };
        double value = p.Value(b);
        var cert = SecondOrderCertificate.Compute(new Oracle(p), manifold, b, new CertificateOptions(1e-9, 1e-9));
        var random = new Random(seed);
        double lowest = double.PositiveInfinity;
        for (int k = 0; k < probes; k++)
        {
            var probe = b.Select(v => v + (radius * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1))).ToArray();
            manifold.ProjectToManifold(probe);
            var r = Minimizer.Run(new Oracle(p), manifold, new GradientDescent(0.01), probe, new MinimizerOptions
            {
                Seed = seed + k,
                Stop = StoppingRule.AfterIterations(20_000),
                TraceMaxRows = 16,
            });
            lowest = Math.Min(lowest, r.FinalValue);
        }

        return new SpuriousPointOutcome(a, value, cert.GradientNorm, cert.LambdaMin, cert.Classification, lowest);
    }
}
