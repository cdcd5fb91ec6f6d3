using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Torch.PsgdComparison;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The PSGD-vs-SGD verdict: chance first, then identical curves, then too few epochs, then the paired test.</summary>
public sealed class PsgdVerdictTests
{
    private static PsgdSummary Summary(string model, int epochs, bool atChance, bool identical, double meanDifference, double p) =>
        new(PsgdSettings.For(model, quick: true) with { Epochs = epochs }, "Fashion-MNIST", 0.1, [], [], 0.015, null, new PairedTTest(1, 2, p, meanDifference), [0.01], 0.01, atChance, identical, 1);

    private static Verdict Of(string model, int epochs, bool atChance = false, bool identical = false, double meanDifference = 0.01, double p = 0.01) =>
        PsgdVerdicts.Decide(model, Summary(model, epochs, atChance, identical, meanDifference, p)).Single().Verdict;

    [Fact]
    public void TheRulesApplyInOrder()
    {
        Assert.Equal(Verdict.Inconclusive, Of("mlp", 100, atChance: true, identical: true));
        Assert.Equal(Verdict.DoesNotReproduce, Of("mlp", 100, identical: true));
        Assert.Equal(Verdict.NotTestedHere, Of("mlp", 74));
        Assert.Equal(Verdict.Reproduces, Of("mlp", 75));
        Assert.Equal(Verdict.DoesNotReproduce, Of("mlp", 75, p: 0.05));
        Assert.Equal(Verdict.DoesNotReproduce, Of("mlp", 75, meanDifference: -0.01));
        Assert.Equal(Verdict.DoesNotReproduce, Of("cnn", 3));
        Assert.Equal(Verdict.Reproduces, Of("cnn", 3, p: 0.05));
        Assert.Equal(Verdict.Reproduces, Of("cnn", 3, meanDifference: -0.01));
    }
}
