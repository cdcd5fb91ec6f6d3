using SaddleEscape.Manifolds;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Noise added to a gradient before the learning-rate scale, x ← R_x(−η(g + ξ)) — the order of
/// Goyal &amp; Ullah Alg. 1 and Farrell &amp; Quintero Peña 2019 Alg. 4–5. Samples live in the tangent space at x.
/// </summary>
public interface INoiseSource
{
    /// <summary>Writes one sample ξ into <paramref name="result"/>.</summary>
    void Sample(IManifold manifold, ReadOnlySpan<double> x, Random random, double[] result);

    /// <summary>One phrase naming the distribution (e.g. "uniform on the sphere of radius 1").</summary>
    string Describe();
}
