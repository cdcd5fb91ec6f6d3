using MathNet.Numerics.Distributions;
using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Tensors;

namespace SaddleEscape.LandscapeDesign;

/// <summary>
/// Ge, Lee &amp; Ma 2018, App. F (why G needs its regulariser R): for B* = I (d = m = 4) and a* = (1, a, a, a), the point
/// B = (e₁, e₁, e₂, (e₃ + e₄)/√2) of P′(B) = Σ_i a*_i Σ_{j≠k}⟨b*_i, b_j⟩²⟨b*_i, b_k⟩² on unit rows (Eq. 6 of the paper for
/// T = Σ a*_i e_i^⊗4, i.e. G's pair term without R) is a spurious local minimum once max a* &gt; 2·min a*. The point is
/// certified on the product of unit spheres (tolerances 1e-9); above the threshold its only zero eigenvalue is b₄ turning
/// inside span(e₃, e₄), so a descent test settles it: Riemannian GD (step 0.01, 20 000 steps) from random points at
/// distance ~radius, which a minimum pulls back to its value and a saddle lets escape to a lower one.
/// </summary>
public static class SpuriousPointProbe
{
    /// <summary>GD's step from each probe.</summary>
    public const double StepSize = 0.01;

    /// <summary>GD steps from each probe.</summary>
    public const long Steps = 20_000;

    /// <summary>Certifies App. F's point for a* = (1, a, a, a) and runs GD from <paramref name="probes"/> points near it; same seed, same bits.</summary>
    /// <param name="a">The three larger output weights.</param>
    /// <param name="probes">Random points around the point.</param>
    /// <param name="radius">Standard deviation of each coordinate's offset before the projection onto the spheres.</param>
    /// <param name="seed">Seed of the offsets (stream "run") and of each probe's run (seed + k).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probes"/> is negative or <paramref name="radius"/> not positive.</exception>
    public static SpuriousPointOutcome Run(double a, int probes = 10, double radius = 1e-3, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radius);
        var t = LowRankSymmetricTensor.FromComponents(4, [1, a, a, a],
            new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } });
        var p = new OrthogonalTensorObjective(t, 4);
        var manifold = new ProductOfSpheres(4, 4);
        double h = Math.Sqrt(0.5);
        var b = new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, h, h };
        double value = p.Value(b);
        var certificate = SecondOrderCertificate.Compute(new Oracle(p), manifold, b, new CertificateOptions(1e-9, 1e-9));
        var random = SeedStreams.Random(seed, "run");
        var probe = new double[b.Length];
        double lowest = double.PositiveInfinity;
        for (int k = 0; k < probes; k++)
        {
            for (int i = 0; i < b.Length; i++)
            {
                probe[i] = b[i] + (radius * Normal.Sample(random, 0, 1));
            }

            manifold.ProjectToManifold(probe);
            var r = Minimizer.Run(new Oracle(p), manifold, new GradientDescent(new GradientDescentSettings(StepSize)), probe, new MinimizerOptions
            {
                Seed = seed + k,
                Stop = StoppingRule.AfterIterations(Steps),
                TraceMaxRows = 16,
            });
            lowest = Math.Min(lowest, r.FinalValue);
        }

        return new SpuriousPointOutcome(a, value, certificate.GradientNorm, certificate.LambdaMin, certificate.Classification, lowest);
    }
}
