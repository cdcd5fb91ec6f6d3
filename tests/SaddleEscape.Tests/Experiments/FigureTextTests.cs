using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Tests.Experiments;

/// <summary>The small rules that keep figures and reports readable: one tick format per axis, unclipped titles, drawable glyphs, counted nouns.</summary>
public sealed class FigureTextTests
{
    [Fact]
    public void ALogAxisUsesOneLabelFormat()
    {
        // An axis reaching 1e5 labels 10 000 as 1e4, not "10000" beside "1e5".
        Assert.Equal("1e4", LogScale.Label(1, 4, scientific: true));
        Assert.Equal("10000", LogScale.Label(1, 4, scientific: false));
        Assert.Equal("2e-2", LogScale.Label(2, -2, scientific: true));
        Assert.Equal("0.02", LogScale.Label(2, -2, scientific: false));
    }

    [Fact]
    public void LongTitlesBreakNearTheMiddleAndShortOnesStay()
    {
        const string Title = "G on centred labels y − ȳ − ĉᵀx (Fig. 4): G on the mini-batch against iterations (median, IQR band)";
        string wrapped = Figures.Wrap(Figures.Text(Title), Figures.TitleLine);
        var lines = wrapped.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= Figures.TitleLine, $"line of {l.Length} characters"));
        Assert.DoesNotContain("ᵀ", wrapped, StringComparison.Ordinal);
        Assert.Contains("ĉ·x", wrapped, StringComparison.Ordinal);
        Assert.Equal("short title", Figures.Wrap("short title", Figures.TitleLine));
    }

    [Fact]
    public void CountsTakeTheRightNoun()
    {
        Assert.Equal("1 trial", Numbers.Many(1, "trial", "trials"));
        Assert.Equal("2 radii", Numbers.Many(2, "radius", "radii"));
        Assert.Equal("0 trials", Numbers.Many(0, "trial", "trials"));
    }
}
