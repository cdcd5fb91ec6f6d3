using SaddleEscape.Manifolds;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>ξ uniform on the sphere of the given radius (Ge et al. 2015; Goyal &amp; Ullah Alg. 1 uses radius 1).</summary>
/// <param name="Radius">Radius of the sphere.</param>
public sealed record UniformSphereNoise(double Radius) : INoiseSource
{
    /// <inheritdoc />
    public void Sample(IManifold manifold, ReadOnlySpan<double> x, Random random, double[] result) =>
        TangentNoise.UniformOnSphere(manifold, x, Radius, random, result);

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform on the sphere of radius {Radius:G6}");
}
