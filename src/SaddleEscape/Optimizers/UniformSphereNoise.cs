using SaddleEscape.Manifolds;
using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>
/// Noise uniform on the sphere of radius <see cref="Radius"/>. <see cref="Ambient"/> (the default): in the ambient space
/// R^n, as Ge, Huang, Jin &amp; Yuan 2015 add it before projecting the point back onto the constraint set
/// (x ← Π(x − η(g + n)); our retraction R_x(s) = Π(x + s) is that projection on spheres); otherwise in the tangent space at
/// x and renormalised there (the earlier behaviour, kept as <c>noise_space=tangent</c>). On R^n the two coincide.
/// </summary>
/// <param name="Radius">The sphere's radius.</param>
/// <param name="Ambient">Draw in R^n (true) or in the tangent space (false).</param>
public sealed record UniformSphereNoise(double Radius, bool Ambient = true) : INoiseSource
{
    private Euclidean? _space;

    /// <inheritdoc />
    public void Sample(IManifold manifold, ReadOnlySpan<double> x, Random random, double[] result)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        if (Ambient && manifold is not Euclidean)
        {
            if (_space is null || _space.AmbientDimension != x.Length)
            {
                _space = new Euclidean(x.Length);
            }

            TangentNoise.UniformOnSphere(_space, x, Radius, random, result);
            return;
        }

        TangentNoise.UniformOnSphere(manifold, x, Radius, random, result);
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform on the sphere of radius {Radius:G6} {(Ambient ? "in the ambient space" : "in the tangent space")}");
}
