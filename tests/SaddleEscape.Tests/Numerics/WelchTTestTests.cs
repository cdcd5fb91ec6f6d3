using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Numerics;

namespace SaddleEscape.Tests.Numerics;

public sealed class WelchTTestTests
{
    /// <summary>Wikipedia's first example of Welch's test: t = −2.4554, ν = 24.989, p = 0.02138 (p checked by integrating the t density numerically).</summary>
    [Fact]
    public void MatchesTheTextbookExample()
    {
        double[] a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
        double[] b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
        var test = WelchTTest.Compute(a, b);
        Assert.Equal(-2.455356, test.T, 5);
        Assert.Equal(24.98853, test.DegreesOfFreedom, 4);
        Assert.Equal(0.021378, test.PValue, 5);
        Assert.Equal(test.PValue, WelchTTest.Compute(b, a).PValue, 12);
    }

    [Fact]
    public void RejectsSamplesTooSmallToHaveAVariance() =>
        Assert.Throws<ArgumentException>(() => WelchTTest.Compute([1.0], [1.0, 2.0]));
}
