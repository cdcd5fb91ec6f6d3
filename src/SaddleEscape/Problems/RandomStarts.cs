using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;

namespace SaddleEscape.Problems;

/// <summary>The random start most families share: a Gaussian point projected onto the manifold (uniform on spheres).</summary>
internal static class RandomStarts
{
    /// <summary>A Gaussian point projected onto <paramref name="manifold"/>, from the seed's "start" stream.</summary>
    public static double[] On(IManifold manifold, int seed)
    {
        var x0 = new double[manifold.AmbientDimension];
        MathNet.Numerics.Distributions.Normal.Samples(SeedStreams.Random(seed, "start"), x0, 0, 1);
        manifold.ProjectToManifold(x0);
        return x0;
    }

    /// <summary>The named start "random": uniform on the manifold (Gaussian, projected).</summary>
    public static StartDistribution UniformOn(IManifold manifold, string description = "uniform on the manifold (a Gaussian point, projected)") =>
        new("random", description, s => On(manifold, s));
}
