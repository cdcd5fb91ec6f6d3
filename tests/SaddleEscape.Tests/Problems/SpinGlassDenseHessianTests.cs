using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

/// <summary>
/// The spin glass's whole Hessian as one contraction, −6·T(·, ·, x) (O(N³)), against the same matrix assembled from N HVPs;
/// and critical points polished and classified through it against the HVP path.
/// </summary>
public sealed class SpinGlassDenseHessianTests
{
    /// <summary>The same objective without <see cref="IDenseHessian"/>, so the finder takes the HVP path.</summary>
    private sealed class HvpOnly(IObjective inner) : IObjective, IHessianVectorProduct
    {
        public int Dimension => inner.Dimension;

        public double Value(ReadOnlySpan<double> x) => inner.Value(x);

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => inner.ValueAndGradient(x, gradient);

        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) =>
            ((IHessianVectorProduct)inner).HessianVectorProduct(x, v, result);
    }

    [Fact]
    public void TheDenseHessianIsTheMatrixOfTheHessianVectorProducts()
    {
        const int n = 9;
        var f = SphericalSpinGlass.Create(n, SeedStreams.Random(4, "couplings"));
        var x = TestPoints.Gaussian(n, 2);
        var dense = new double[n * n];
        f.Hessian(x, dense);
        var e = new double[n];
        var column = new double[n];
        for (int j = 0; j < n; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            f.HessianVectorProduct(x, e, column);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(column[i], dense[(i * n) + j], 12);
            }
        }
    }

    [Fact]
    public void PolishAndClassifyAgreeWithTheHessianVectorPath()
    {
        const int n = 12;
        var f = SphericalSpinGlass.Create(n, SeedStreams.Random(7, "couplings"));
        var sphere = new Sphere(n);
        var options = new CriticalPointOptions();
        int compared = 0;
        for (int s = 0; s < 6; s++)
        {
            var start = TestPoints.Gaussian(n, 20 + s);
            sphere.ProjectToManifold(start);
            var fast = CriticalPointFinder.Polish(new Oracle(f), sphere, start, options);
            var slow = CriticalPointFinder.Polish(new Oracle(new HvpOnly(f)), sphere, start, options);
            Assert.Equal(fast is null, slow is null);
            if (fast is null || slow is null)
            {
                continue;
            }

            compared++;
            var a = CriticalPointFinder.Classify(new Oracle(f), sphere, fast, options);
            var b = CriticalPointFinder.Classify(new Oracle(new HvpOnly(f)), sphere, fast, options);
            Assert.Equal(n - 1, a.Eigenvalues.Length);
            Assert.Equal(b.Index, a.Index);
            Assert.Equal(b.Nullity, a.Nullity);
            for (int i = 0; i < a.Eigenvalues.Length; i++)
            {
                Assert.Equal(b.Eigenvalues[i], a.Eigenvalues[i], 8);
            }

            Assert.Equal(f.Value(slow), f.Value(fast), 8);
        }

        Assert.True(compared >= 4, $"only {compared} of 6 starts polished to a critical point");
    }
}
