using SaddleEscape.Landscape;
using SaddleEscape.Objectives;

namespace SaddleEscape.Tests.Landscape;

public sealed class DynamicStringSamplingTests
{
    // E = Σ aᵢ·g(xᵢ) style test energies in two dimensions.
    private sealed class PlaneEnergy(Func<double, double, double> value, Func<double, double, (double, double)> gradient) : IObjective
    {
        public int Dimension => 2;

        public double Value(ReadOnlySpan<double> x) => value(x[0], x[1]);

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> g)
        {
            (g[0], g[1]) = gradient(x[0], x[1]);
            return value(x[0], x[1]);
        }
    }

    // (x² − 1)² + y²: minima (±1, 0), the barrier between them the saddle (0, 0) at E = 1.
    private static readonly PlaneEnergy DoubleWell = new((x, y) => ((x * x) - 1) * ((x * x) - 1) + (y * y), (x, y) => (4 * x * ((x * x) - 1), 2 * y));

    // (r − 1)²: a ring of minimisers; the straight segment between opposite points crosses the centre at E = 1.
    private static readonly PlaneEnergy Ring = new(
        (x, y) => (Math.Sqrt((x * x) + (y * y)) - 1) * (Math.Sqrt((x * x) + (y * y)) - 1),
        (x, y) =>
        {
            double r = Math.Sqrt((x * x) + (y * y));
            return (2 * (r - 1) * x / r, 2 * (r - 1) * y / r);
        });

    [Fact]
    public void OnAConvexEnergyTheSegmentItselfIsThePathOfLengthOne()
    {
        var bowl = new PlaneEnergy((x, y) => (x * x) + (4 * y * y), (x, y) => (2 * x, 8 * y));
        var path = DynamicStringSampling.Connect(bowl, [-0.5, 0.1], [0.4, -0.2], level: 0.5);
        Assert.True(path.Connected);
        Assert.Equal(0, path.BeadsInserted);
        Assert.Equal(1, path.NormalizedLength, 12);
    }

    [Fact]
    public void BelowTheBarrierTwoBasinsStayApartAndThePathsPeakIsAtLeastTheBarrier()
    {
        var path = DynamicStringSampling.Connect(DoubleWell, [-1.02, 0.05], [0.98, -0.05], level: 0.05, new StringSamplingOptions(MaxBeads: 24));
        Assert.False(path.Connected);
        Assert.True(path.MaxEnergy >= 1 - 1e-9, $"peak {path.MaxEnergy} below the barrier 1");

        var above = DynamicStringSampling.Connect(DoubleWell, [-1.02, 0.05], [0.98, -0.05], level: 1.5, new StringSamplingOptions(MaxBeads: 24));
        Assert.True(above.Connected);
        Assert.True(above.MaxEnergy <= 1.5 * 1.05);
    }

    [Fact]
    public void AroundARingThePathBendsAndItsNormalizedLengthApproachesHalfPi()
    {
        // Opposite points of the ring: inside {(r − 1)² ≤ 0.01} (0.9 ≤ r ≤ 1.1) the shortest path is about a half circle, π/2 × the chord.
        var path = DynamicStringSampling.Connect(Ring, [1, 0], [-1, 0.001], level: 0.01, new StringSamplingOptions(MaxBeads: 64, Checks: 8));
        Assert.True(path.Connected, $"max energy {path.MaxEnergy}");
        Assert.InRange(path.NormalizedLength, 1.35, 1.75);
        Assert.True(path.BeadsInserted >= 3);
    }

    [Fact]
    public void BadInputIsRefused()
    {
        Assert.Throws<ArgumentException>(() => DynamicStringSampling.Connect(DoubleWell, [1.0], [0.0, 0], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DynamicStringSampling.Connect(DoubleWell, [1.0, 0], [0.0, 0], double.NaN));
        Assert.Throws<ArgumentException>(() => DynamicStringSampling.Connect(DoubleWell, [1.0, 0], [0.0, 0], 1, new StringSamplingOptions(Checks: 0)));
    }
}
