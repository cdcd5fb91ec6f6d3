using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.Manifolds;

/// <summary>
/// Random tangent vectors at a point of a manifold. An isotropic Gaussian in R^n projected onto a
/// tangent space is isotropic in it, so every distribution below is exact in the tangent space
/// (of dimension m = <see cref="IManifold.TangentDimension"/>).
/// </summary>
public static class TangentNoise
{
    /// <summary>Isotropic Gaussian in the tangent space, per-coordinate standard deviation <paramref name="sigma"/>.</summary>
    public static void Gaussian(IManifold manifold, ReadOnlySpan<double> x, double sigma, Random random, double[] result)
    {
        NormalGenerator.Fill(random, result);
        manifold.ProjectToTangent(x, result, result);
        TensorPrimitives.Multiply(result, sigma, result);
    }

    /// <summary>Uniform on the sphere of radius <paramref name="radius"/> in the tangent space (Ge et al. 2015's noise).</summary>
    public static void UniformOnSphere(IManifold manifold, ReadOnlySpan<double> x, double radius, Random random, double[] result)
    {
        double norm;
        do
        {
            NormalGenerator.Fill(random, result);
            manifold.ProjectToTangent(x, result, result);
            norm = TensorPrimitives.Norm(result);
        }
        while (norm == 0);

        TensorPrimitives.Multiply(result, radius / norm, result);
    }

    /// <summary>
    /// Uniform in the ball B₀(r) of the tangent space (Jin et al. 2017, Farrell &amp; Quintero Peña 2019 Alg. 1): a
    /// uniform direction times the radius r·U^(1/m), U ~ U(0,1) — not U(0,r)^(1/m).
    /// </summary>
    public static void UniformInBall(IManifold manifold, ReadOnlySpan<double> x, double radius, Random random, double[] result)
    {
        UniformOnSphere(manifold, x, 1.0, random, result);
        double scale = radius * Math.Pow(random.NextDouble(), 1.0 / manifold.TangentDimension);
        TensorPrimitives.Multiply(result, scale, result);
    }
}
