using SaddleEscape.Manifolds;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>ξ ~ N(0, σ²·I) in the tangent space. PSGD's N(0, (r²/d)·I) is σ = r/√d (Farrell &amp; Quintero Peña 2019 Alg. 4).</summary>
/// <param name="Sigma">Per-coordinate standard deviation.</param>
public sealed record GaussianNoise(double Sigma) : INoiseSource
{
    /// <inheritdoc />
    public void Sample(IManifold manifold, ReadOnlySpan<double> x, Random random, double[] result) =>
        TangentNoise.Gaussian(manifold, x, Sigma, random, result);

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"N(0, {Sigma:G6}²·I)");
}
