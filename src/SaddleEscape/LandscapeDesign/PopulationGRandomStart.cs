using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.LandscapeDesign;

/// <summary>
/// Ge, Lee &amp; Ma 2018, Thm. 2.3 (every local minimum of the designed objective G, Eq. 2.7, is global), checked from one
/// random start: gradient descent on the population G (<c>landscape-design-G</c> with its defaults: closed form, μ = 0.1,
/// λ = 10, a random orthogonal B* and a start N(0, I/d) drawn from the seed) at the problem's suggested step 1/(16λ),
/// until ‖∇G‖ ≤ 1e-10 or 50 000 steps, then the certificate (tolerances 1e-6) and e(Q) of Eq. 4.1.
/// </summary>
public static class PopulationGRandomStart
{
    /// <summary>Most GD steps.</summary>
    public const long MaxIterations = 50_000;

    /// <summary>Runs GD from seed <paramref name="seed"/>'s teacher and start at dimension <paramref name="dimension"/>; same seed, same bits.</summary>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is below 2.</exception>
    public static RandomStartOutcome Run(int dimension, int seed)
    {
        var instance = new LandscapeDesignGFamily().Create(dimension, new LandscapeDesignGParameters(), seed);
        var gd = new GradientDescent(new GradientDescentSettings(instance.SuggestedStepSize));
        var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, gd, instance.Start, new MinimizerOptions
        {
            Seed = seed,
            Stop = StoppingRule.AfterIterations(MaxIterations) | StoppingRule.WhenGradientNormBelow(1e-10),
            Certificate = new CertificateOptions(1e-6, 1e-6),
            TraceMaxRows = 16,
        });
        var certificate = result.Certificate!;
        return new RandomStartOutcome(seed, instance.Truth!.RecoveryError(result.X), certificate.Classification, result.Iterations, certificate.LambdaMin);
    }
}
