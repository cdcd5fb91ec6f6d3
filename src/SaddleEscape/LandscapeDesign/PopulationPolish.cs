using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Networks;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.LandscapeDesign;

/// <summary>
/// Where did SGD on the plain risk f stop (Ge, Lee &amp; Ma 2018, Sec. 4, Fig. 1: "spurious local minima")? From an SGD end
/// point, gradient descent (step 0.05) on the exact ReLU population risk (<see cref="ReluPopulationRisk"/>, the
/// arc-cosine closed form) until ‖∇f‖ ≤ 1e-9 or 50 000 steps, then the certificate (tolerances 1e-6). ReLU's scaling
/// symmetry a·relu(bᵀx) = (a/c)·relu(c·bᵀx) leaves a flat direction per hidden unit, so the certificate cannot say
/// "minimum" alone; the risk tells a global minimum (≤ <see cref="GlobalRisk"/>) from a non-global second-order point.
/// </summary>
public static class PopulationPolish
{
    /// <summary>Population risk at or below which the polished point is a global minimum (the teacher is noiseless, f* = 0).</summary>
    public const double GlobalRisk = 1e-6;

    /// <summary>GD's step on the population risk.</summary>
    public const double StepSize = 0.05;

    /// <summary>Most GD steps.</summary>
    public const long MaxIterations = 50_000;

    /// <summary>Polishes <paramref name="start"/> (a point (a, B) of <paramref name="instance"/>, whose manifold and e(Q) are used) against <paramref name="teacher"/>'s exact risk.</summary>
    /// <param name="instance">The simulated problem (<c>landscape-design-f</c> with ReLU): its manifold and recovery error.</param>
    /// <param name="teacher">The ReLU teacher whose population risk is minimised (<see cref="SimulationTeacher.Create"/> for Sec. 4).</param>
    /// <param name="start">The SGD end point.</param>
    /// <param name="seed">Seed of the run's random source: same seed, same bits.</param>
    /// <exception cref="ArgumentException">The instance has no ground truth.</exception>
    public static PopulationPolishResult Run(ProblemInstance instance, TeacherNetwork teacher, ReadOnlySpan<double> start, int seed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(teacher);
        var truth = instance.Truth ?? throw new ArgumentException($"population polish: problem {instance.Name} has no ground truth to measure e(Q) with", nameof(instance));
        var result = Minimizer.Run(new Oracle(new ReluPopulationRisk(teacher)), instance.Manifold, new GradientDescent(new GradientDescentSettings(StepSize)), start, new MinimizerOptions
        {
            Seed = seed,
            Stop = StoppingRule.AfterIterations(MaxIterations) | StoppingRule.WhenGradientNormBelow(1e-9),
            Certificate = new CertificateOptions(1e-6, 1e-6),
            TraceMaxRows = 64,
        });
        var certificate = result.Certificate!;
        return new PopulationPolishResult(certificate.Classification, result.FinalValue, truth.RecoveryError(result.X), certificate.LambdaMin, result.FinalValue <= GlobalRisk);
    }
}
