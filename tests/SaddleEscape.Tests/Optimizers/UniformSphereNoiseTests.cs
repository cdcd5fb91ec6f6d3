using SaddleEscape.Manifolds;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Tests.Optimizers;

public sealed class UniformSphereNoiseTests
{
    [Fact]
    public void AmbientNoiseLeavesTheTangentSpaceAndTangentNoiseDoesNot()
    {
        var sphere = new Sphere(6);
        double[] x = [0.6, 0, 0, 0.8, 0, 0];
        var ambient = new double[6];
        var tangent = new double[6];
        double normal = 0;
        for (int i = 0; i < 200; i++)
        {
            new UniformSphereNoise(0.5).Sample(sphere, x, new Random(i), ambient);
            new UniformSphereNoise(0.5, Ambient: false).Sample(sphere, x, new Random(i), tangent);
            Assert.Equal(0.5, Math.Sqrt(ambient.Sum(v => v * v)), 12);
            Assert.Equal(0.5, Math.Sqrt(tangent.Sum(v => v * v)), 12);
            Assert.Equal(0, tangent.Zip(x, (a, b) => a * b).Sum(), 12);
            normal += Math.Abs(ambient.Zip(x, (a, b) => a * b).Sum());
        }

        // E|⟨n, x⟩| for n uniform on the sphere of radius 0.5 in R⁶ is 0.5·Γ(3)/(√π·Γ(3.5)) ≈ 0.17; 200 draws average well above 0.1.
        Assert.True(normal / 200 > 0.1, $"mean |normal component| {normal / 200}");
    }

    [Fact]
    public void OnEuclideanSpaceBothAreTheSameDraws()
    {
        var space = new Euclidean(5);
        var x = new double[5];
        var a = new double[5];
        var b = new double[5];
        new UniformSphereNoise(1).Sample(space, x, new Random(3), a);
        new UniformSphereNoise(1, Ambient: false).Sample(space, x, new Random(3), b);
        Assert.Equal(a, b);
    }
}
