using SaddleEscape.Experiments.NeuralLiftComparison;
using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The NN-LIFT verdicts: Table 1's ratio is judged only where backprop is clearly above the label-noise floor.</summary>
public sealed class NeuralLiftVerdictTests
{
    private static NeuralLiftCell Cell(int d, TableMethod method, double mse, double floor) =>
        new(d, NeuralLiftSettings.HiddenUnits(d), method, 3, (mse, 0), (mse, 0), (0.5, 0), (0.5, 0), floor, 0, 0, 1);

    /// <summary>A summary whose backprop error is <paramref name="overFloor"/> × σ² and NN-LIFT's <paramref name="ratio"/> × backprop's, at every d.</summary>
    private static NeuralLiftSummary Summary(double overFloor, Func<int, double> ratio)
    {
        var settings = NeuralLiftSettings.Quick;
        double floor = settings.NoiseStd * settings.NoiseStd;
        var cells = settings.Dimensions.SelectMany(d => new[]
        {
            Cell(d, NeuralLiftVerdicts.ReportPipeline, ratio(d) * overFloor * floor, floor), Cell(d, TableMethod.Backprop, overFloor * floor, floor),
        }).ToList();
        return new NeuralLiftSummary(settings, [], cells, [], new Dictionary<MomentEstimator, double>(), new Dictionary<int, ((double, double), double)>(), []);
    }

    private static ClaimVerdict Ratio(NeuralLiftSummary s) => NeuralLiftVerdicts.Decide(s).Single(v => v.Claim.StartsWith("NN-LIFT's test error is", StringComparison.Ordinal));

    private static double Published(int d) => NeuralLiftSettings.Published[d].Tensor / NeuralLiftSettings.Published[d].Network;

    [Fact]
    public void AtTheNoiseFloorTheRatioIsInconclusive()
    {
        // The quick run's shape: backprop within a few per cent of σ² = 0.01, ratios 3–4×, close to the report's by accident.
        var v = Ratio(Summary(1.02, Published));
        Assert.Equal(Verdict.Inconclusive, v.Verdict);
        Assert.Contains("noise floor", v.Evidence, StringComparison.Ordinal);
        Assert.Contains("noise", v.Rule, StringComparison.Ordinal);
        Assert.Equal(Verdict.Inconclusive, Ratio(Summary(NeuralLiftVerdicts.AtFloor, Published)).Verdict);
    }

    [Fact]
    public void AboveTheFloorTheRatioIsComparedWithTheReportsWithinAFactor()
    {
        Assert.Equal(Verdict.Reproduces, Ratio(Summary(3, Published)).Verdict);
        Assert.Equal(Verdict.Reproduces, Ratio(Summary(3, d => Published(d) * 1.49)).Verdict);
        Assert.Equal(Verdict.DoesNotReproduce, Ratio(Summary(3, d => Published(d) * 1.51)).Verdict);
        Assert.Equal(Verdict.Partly, Ratio(Summary(3, d => d == 3 ? Published(d) : 10 * Published(d))).Verdict);
    }
}
