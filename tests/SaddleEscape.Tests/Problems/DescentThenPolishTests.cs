using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using System.Numerics.Tensors;

namespace SaddleEscape.Tests.Problems;

public sealed class DescentThenPolishTests
{
    private const int Spins = 12;
    private const double StepSize = 0.05;

    /// <summary>
    /// The spin-glass experiment's former hand-written loop (x ← R_x(−η·grad f(x)), DescentSteps times), run from the start
    /// projected onto the sphere once more, as <see cref="Minimizer.Run"/> does: the core procedure must give the same bits.
    /// </summary>
    private static double[] HandWrittenDescent(IObjective objective, IManifold manifold, double[] start, int steps)
    {
        var oracle = new Oracle(objective);
        var x = (double[])start.Clone();
        manifold.ProjectToManifold(x);
        var g = new double[x.Length];
        var step = new double[x.Length];
        for (int t = 0; t < steps; t++)
        {
            oracle.ValueAndGradient(x, g);
            manifold.ProjectToTangent(x, g, g);
            TensorPrimitives.Multiply(g, -StepSize, step);
            manifold.Retract(x, step, x);
        }

        return x;
    }

    private static (IObjective Objective, Sphere Sphere, double[] Start) SpinGlass(int seed)
    {
        var objective = SphericalSpinGlass.Create(Spins, new Random(seed));
        var sphere = new Sphere(Spins);
        var start = TestPoints.Gaussian(Spins, seed + 100);
        sphere.ProjectToManifold(start);
        return (objective, sphere, start);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(300)]
    public void TheDescentIsRiemannianGradientDescentFromTheProjectedStartBitForBit(int steps)
    {
        var (objective, sphere, start) = SpinGlass(3);
        var run = DescentThenPolish.Execute(objective, sphere, start, steps, StepSize);
        var expected = HandWrittenDescent(objective, sphere, start, steps);
        Assert.Equal(steps, run.Descent.Iterations);
        Assert.Equal(StopCode.MaxIterations, run.Descent.StopReason.Code);
        Assert.Null(run.Descent.Certificate);
        Assert.Equal(expected, run.Descent.X);
        Assert.Equal(objective.Value(expected), run.ValueAfterDescent);
    }

    [Fact]
    public void LongerDescentsEndLowerAndThePolishEndsAtAClassifiedCriticalPoint()
    {
        // Gradient descent with η = 0.05 lowers H/N at every step on this instance (|H/N| ≤ O(1), ℓ ≈ 10 on the unit sphere
        // at N = 12). The polish may fail from a point far from any critical point (it does for about a quarter of the
        // quick experiment's starts) but not after 1 000 steps, next to a minimum; where it succeeds the point has
        // ‖grad‖ ≤ 1e-10 and the index it reports is the count of negative tangent eigenvalues beyond the nullity tolerance.
        var (objective, sphere, start) = SpinGlass(5);
        double previous = objective.Value(start);
        DescentThenPolish? last = null;
        foreach (int steps in new[] { 0, 10, 100, 1000 })
        {
            var run = DescentThenPolish.Execute(objective, sphere, start, steps, StepSize);
            Assert.True(run.ValueAfterDescent <= previous + 1e-12, $"{steps} steps: H/N {run.ValueAfterDescent} after {previous}");
            previous = run.ValueAfterDescent;
            if (run.Point is { } point)
            {
                Assert.True(point.GradientNorm <= 1e-10, $"{steps} steps: ‖grad‖ = {point.GradientNorm}");
                Assert.InRange(sphere.ConstraintViolation(point.X), 0, 1e-12);
                double tolerance = 1e-6 * Math.Max(1, point.Eigenvalues.Max(Math.Abs));
                Assert.Equal(point.Eigenvalues.Count(l => l < -tolerance), point.Index);
                Assert.Equal(Spins - 1, point.Eigenvalues.Length);
            }

            last = run;
        }

        var minimum = Assert.IsType<CriticalPoint>(last!.Point);
        Assert.Equal(0, minimum.Index);
        Assert.True(minimum.Value <= last.ValueAfterDescent + 1e-9, $"minimum {minimum.Value} above the descent's {last.ValueAfterDescent}");
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        var (objective, sphere, start) = SpinGlass(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => DescentThenPolish.Execute(objective, sphere, start, -1, StepSize));
        Assert.ThrowsAny<ArgumentException>(() => DescentThenPolish.Execute(objective, sphere, start, 5, 0));
    }
}
