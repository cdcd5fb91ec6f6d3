using SaddleEscape.Networks;
using SaddleEscape.Numerics;

namespace SaddleEscape.LandscapeDesign;

/// <summary>
/// Ge, Lee &amp; Ma 2018, App. D, Alg. 1 applied to a learnt first layer: with B's rows normalised (the recovery is up to
/// scale), a′_i = E[y⟨x, b_i⟩]/σ₁ (Claim D.1) estimated from fresh samples of <see cref="SimulationTeacher"/>, then the
/// relative error ‖a − a*‖/‖a*‖ (a* = 1, so no permutation is needed).
/// </summary>
public static class OutputWeightRecovery
{
    /// <summary>Fresh teacher samples Alg. 1's expectation is estimated from.</summary>
    public const int Samples = 262_144;

    /// <summary>
    /// ‖a − a*‖/‖a*‖ for the first layer <paramref name="b"/> (d×d, row-major) against the d-dimensional
    /// <see cref="SimulationTeacher"/>, from <see cref="Samples"/> samples drawn with <paramref name="seed"/> (stream "a-recovery").
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="b"/> is not d×d.</exception>
    public static double RelativeError(ReadOnlySpan<double> b, int dimension, int seed)
    {
        if (b.Length != dimension * dimension)
        {
            throw new ArgumentException($"App. D: B must be {dimension}×{dimension} (got {b.Length} numbers)", nameof(b));
        }

        var teacher = SimulationTeacher.Create(dimension);
        var (xs, ys) = teacher.SampleBatch(Samples, SeedStreams.Random(seed, "a-recovery"));
        var (a, _) = LinearLayerRecovery.Recover(b, xs, ys, SimulationTeacher.ReluSigma1, general: false);
        double squaredError = 0, squaredNorm = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double e = a[i] - teacher.A[i];
            squaredError += e * e;
            squaredNorm += teacher.A[i] * teacher.A[i];
        }

        return Math.Sqrt(squaredError / squaredNorm);
    }
}
