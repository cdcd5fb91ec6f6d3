using SaddleEscape.Manifolds;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Noise added to a gradient before the learning-rate scale, x ← R_x(−η(g + ξ)) — the order of
/// seed 000 Alg. 1 and seed 004 Alg. 4–5. Samples live in the tangent space at x.
/// </summary>
public interface INoiseSource
{
    /// <summary>Writes one sample ξ into <paramref name="result"/>.</summary>
    void Sample(IManifold manifold, ReadOnlySpan<double> x, Random random, double[] result);

    /// <summary>One phrase naming the distribution (e.g. "uniform on the sphere of radius 1").</summary>
    string Describe();
}
