using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.TensorDecomposition;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The octopus-escape and tensor-decomposition verdict rules at their boundaries, and the coinciding-curves rule of the median figures.</summary>
public sealed class ExperimentVerdictRuleTests
{
    private static OctopusEscapeSummary Octopus((double Min, double Max)? growth, int gdCensored, IReadOnlyDictionary<string, (double Slope, int Censored)> slopes) =>
        new(OctopusEscapeSettings.Quick, [], [], 10, double.NaN, gdCensored > 0, growth, growth is null ? null : 6, gdCensored, 0, slopes, []);

    [Fact]
    public void OctopusGdIsExponentialAtTwicePerDimensionOrWhenCensored()
    {
        var none = new Dictionary<string, (double, int)>();
        Assert.Equal(Verdict.Reproduces, OctopusEscapeVerdicts.Decide(Octopus((2.0, 5.0), 0, none))[0].Verdict);
        Assert.Equal(Verdict.DoesNotReproduce, OctopusEscapeVerdicts.Decide(Octopus((1.99, 5.0), 0, none))[0].Verdict);
        Assert.Equal(Verdict.Reproduces, OctopusEscapeVerdicts.Decide(Octopus((1.5, 1.8), 3, none))[0].Verdict);
        Assert.Equal(Verdict.Inconclusive, OctopusEscapeVerdicts.Decide(Octopus(null, 0, none))[0].Verdict);
        Assert.Equal(Verdict.Inconclusive, OctopusEscapeVerdicts.Decide(Octopus(null, 0, none))[1].Verdict);
        Assert.Equal(Verdict.Reproduces, OctopusEscapeVerdicts.Decide(Octopus(null, 0, new Dictionary<string, (double, int)> { ["pgd"] = (30, 0) }))[1].Verdict);
        Assert.Equal(Verdict.Partly, OctopusEscapeVerdicts.Decide(Octopus(null, 0, new Dictionary<string, (double, int)> { ["pgd"] = (30, 1) }))[1].Verdict);
    }

    private static TensorDecompositionSummary Tensor(int recovered, int runs, int strictSaddleEnds) =>
        new(TensorDecompositionSettings.Quick, [],
            [new TensorDecompositionCell("pgd", 5, false, runs, recovered, recovered, 0, 0, 0, 0, 0, 0), new TensorDecompositionCell("power-method", 5, false, runs, recovered, recovered, 0, 0, 0, 0, 0, 0)],
            runs, strictSaddleEnds, double.NaN, (0, 0), (0, 0), new Dictionary<string, double>(), []);

    [Fact]
    public void TensorShareRules()
    {
        Assert.Equal(Verdict.Reproduces, TensorDecompositionVerdicts.Decide(Tensor(5, 5, 0))[0].Verdict);
        Assert.Equal(Verdict.Partly, TensorDecompositionVerdicts.Decide(Tensor(5, 5, 1))[0].Verdict);
        Assert.Equal(Verdict.Partly, TensorDecompositionVerdicts.Decide(Tensor(4, 5, 0))[0].Verdict);
        Assert.Equal(Verdict.DoesNotReproduce, TensorDecompositionVerdicts.Decide(Tensor(0, 5, 0))[0].Verdict);
        Assert.Equal(Verdict.NotTestedHere, TensorDecompositionVerdicts.Decide(Tensor(0, 0, 0))[0].Verdict);
        Assert.Equal(Verdict.NotTestedHere, TensorDecompositionVerdicts.Decide(Tensor(5, 5, 0))[1].Verdict);
        Assert.Equal(Verdict.Partly, TensorDecompositionVerdicts.Decide(Tensor(4, 5, 0))[2].Verdict);
    }

    [Fact]
    public void ACurveEqualToAnEarlierOneWhereBothAreFiniteIsNamed()
    {
        static MedianCurve Curve(string label, params double[] medians) => new(label, medians.Select((m, i) => new MedianPoint(2 + i, m, m, m)).ToList(), 1e5);
        MedianCurve[] curves = [Curve("gd", 60, 330, 1700, double.PositiveInfinity), Curve("pgd", 50, 150, 260, 350), Curve("gd (extended)", 60, 330, 1700, 8700), Curve("other", 60, 331, 1700, 8700)];
        Assert.Null(MedianCurvesFigure.CoincidesWith(curves, 0));
        Assert.Null(MedianCurvesFigure.CoincidesWith(curves, 1));
        Assert.Equal("gd", MedianCurvesFigure.CoincidesWith(curves, 2));
        Assert.Null(MedianCurvesFigure.CoincidesWith(curves, 3));
    }
}
