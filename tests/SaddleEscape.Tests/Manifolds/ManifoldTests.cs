using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Tests.Manifolds;

public sealed class ManifoldTests
{
    public static TheoryData<string> Names => new() { "euclidean", "sphere", "product", "cartesian" };

    private static IManifold Make(string name) => name switch
    {
        "euclidean" => new Euclidean(12),
        "sphere" => new Sphere(12),
        "cartesian" => new CartesianProduct(new Euclidean(4), new ProductOfSpheres(2, 4)),
        _ => new ProductOfSpheres(3, 4),
    };

    private static double[] PointOn(IManifold m, int seed)
    {
        var x = TestPoints.Gaussian(m.AmbientDimension, seed);
        m.ProjectToManifold(x);
        return x;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TangentProjectionIsIdempotentAndOrthogonal(string name)
    {
        var m = Make(name);
        var x = PointOn(m, 1);
        var v = TestPoints.Gaussian(m.AmbientDimension, 2);
        var p = new double[v.Length];
        m.ProjectToTangent(x, v, p);
        var pp = new double[v.Length];
        m.ProjectToTangent(x, p, pp);
        for (int i = 0; i < p.Length; i++)
        {
            Assert.Equal(p[i], pp[i], 12);
        }

        // v − P v is orthogonal to every tangent vector.
        var w = TestPoints.Gaussian(m.AmbientDimension, 3);
        m.ProjectToTangent(x, w, w);
        var normal = new double[v.Length];
        TensorPrimitives.Subtract(v, p, normal);
        Assert.Equal(0, TensorPrimitives.Dot(normal, w), 12);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RetractionStaysOnTheManifoldAndIsFirstOrder(string name)
    {
        var m = Make(name);
        var x = PointOn(m, 4);
        var v = TestPoints.Gaussian(m.AmbientDimension, 5);
        m.ProjectToTangent(x, v, v);
        var y = new double[x.Length];
        const double t = 1e-6;
        var step = v.Select(e => e * t).ToArray();
        m.Retract(x, step, y);
        Assert.True(m.ConstraintViolation(y) < 1e-14, $"violation {m.ConstraintViolation(y)}");
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(v[i], (y[i] - x[i]) / t, 5);
        }
    }

    [Fact]
    public void ProductOfSpheresHasTheRightTangentDimension()
    {
        Assert.Equal(3 * 3, new ProductOfSpheres(3, 4).TangentDimension);
        Assert.Equal(11, new Sphere(12).TangentDimension);
        Assert.Equal(12, new Euclidean(12).TangentDimension);
        Assert.Equal(4 + 6, new CartesianProduct(new Euclidean(4), new ProductOfSpheres(2, 4)).TangentDimension);
    }

    /// <summary>
    /// Rayleigh quotient f(x) = ½xᵀAx on the sphere: at the unit eigenvector e_k the Riemannian Hessian
    /// has eigenvalues λ_j − λ_k (j ≠ k): a local minimum at the smallest, a strict saddle elsewhere.
    /// </summary>
    [Theory]
    [InlineData(0, Classification.LocalMinimum, 1.0, 5.0)]
    [InlineData(2, Classification.StrictSaddle, -2.0, 3.0)]
    [InlineData(4, Classification.StrictSaddle, -4.0, 1.0)]
    public void RiemannianHessianOnTheSphereHasTheWeingartenTerm(int k, Classification expected, double lambdaMin, double lambdaMax)
    {
        var a = new[] { 1.0, 2, 3, 4, 5, 6 };
        var f = new DiagonalQuadratic(a);
        var x = new double[6];
        x[k] = 1;
        var cert = SecondOrderCertificate.Compute(new Oracle(f), new Sphere(6), x);
        Assert.Equal(expected, cert.Classification);
        Assert.Equal(lambdaMin, cert.LambdaMin, 10);
        Assert.Equal(lambdaMax, cert.LambdaMax, 10);
        Assert.Equal(5, cert.LanczosSteps);
    }

    [Fact]
    public void ProductOfSpheresHessianIsBlockwise()
    {
        // f(u, w) = ½uᵀAu + ½wᵀBw on S² × S²: eigenvalues are the union of the two blocks' λ_j − λ_k.
        var f = new DiagonalQuadratic([1, 2, 4, 10, 20, 40]);
        var x = new double[] { 0, 1, 0, 0, 0, 1 };
        var cert = SecondOrderCertificate.Compute(new Oracle(f), new ProductOfSpheres(2, 3), x);
        Assert.Equal(-30.0, cert.LambdaMin, 10);
        Assert.Equal(2.0, cert.LambdaMax, 10);
        Assert.Equal(Classification.StrictSaddle, cert.Classification);
    }

    /// <summary>f(x) = ½ Σ aᵢxᵢ².</summary>
    internal sealed class DiagonalQuadratic(double[] a) : IObjective, IHessianVectorProduct
    {
        public int Dimension => a.Length;

        public double Value(ReadOnlySpan<double> x)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                s += 0.5 * a[i] * x[i] * x[i];
            }

            return s;
        }

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
        {
            for (int i = 0; i < a.Length; i++)
            {
                gradient[i] = a[i] * x[i];
            }

            return Value(x);
        }

        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
        {
            for (int i = 0; i < a.Length; i++)
            {
                result[i] = a[i] * v[i];
            }
        }
    }
}
