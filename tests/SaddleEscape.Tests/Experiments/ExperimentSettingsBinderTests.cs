using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Settings;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// An experiment's settings declared once (<see cref="SettingAttribute"/> on its record, quick and full records for the
/// defaults): help text, parsing with validation, and a record without defaults for every field copied as <c>with</c> does.
/// </summary>
public sealed class ExperimentSettingsBinderTests
{
    /// <summary>A record as an experiment declares one: no default for every field, lists, minima, a positive number.</summary>
    public sealed record Sample(
        [property: Setting("sizes", "sizes, comma-separated", Minimum = 2)] IReadOnlyList<int> Sizes,
        [property: Setting("seeds", "seeds", Minimum = 1)] int Seeds,
        [property: Setting("cap", "iteration cap", Minimum = 1)] long Cap,
        [property: Setting("levels", "levels")] IReadOnlyList<double> Levels,
        [property: Setting("rate", "step", Positive = true)] double Rate = 0.5,
        [property: Setting("odd", "shown as given", DefaultText = "1,…,9")] IReadOnlyList<int>? Odd = null,
        [property: Setting("mode", "read by its own parser", Parser = typeof(ModeNames))] DayOfWeek Mode = DayOfWeek.Monday,
        [property: Setting("names", "comma-separated names")] IReadOnlyList<string>? Names = null,
        int NotASetting = 7);

    /// <summary>A parser with its own names, aliases and message (as Losses and WeightInitializer are).</summary>
    public static class ModeNames
    {
        /// <summary>"mon" (or "monday") or "sun".</summary>
        public static DayOfWeek Parse(string text) => text switch
        {
            "mon" or "monday" => DayOfWeek.Monday,
            "sun" => DayOfWeek.Sunday,
            _ => throw new ArgumentException($"unknown mode '{text}' (known: mon, sun)"),
        };

        /// <summary>The name <see cref="Parse"/> reads.</summary>
        public static string Name(DayOfWeek day) => day == DayOfWeek.Sunday ? "sun" : "mon";
    }

    private static readonly Sample Quick = new([2, 3, 4], 2, 100, [0.1, 1e-5]);
    private static readonly Sample Full = new([2, 3, 4, 5], 2, 1000, [0.1, 1e-5], 0.25);

    [Fact]
    public void HelpShowsFullAndQuickDefaultsOnceEach()
    {
        var specs = SettingsBinder.ExperimentSpecs(Full, Quick);
        Assert.Equal(["sizes", "seeds", "cap", "levels", "rate", "odd", "mode", "names"], specs.Select(s => s.Key));
        Assert.Equal(["2…5 (quick 2…4)", "2", "1000 (quick 100)", "0.1,1E-05", "0.25 (quick 0.5)", "1,…,9", "mon", "auto"], specs.Select(s => s.Default));
        Assert.Equal("iteration cap", specs[2].Description);
    }

    [Fact]
    public void GivenValuesAreParsedValidatedAndTheRestKept()
    {
        var given = KeyValueSettings.Parse("experiment x", ["sizes=3,7", "cap=5", "levels=0.5,2", "rate=1e-3", "mode=sun", "names=a, b"], SettingsBinder.ExperimentSpecs(Full, Quick));
        var bound = (Sample)SettingsBinder.BindObject(given, Full with { NotASetting = 9 });
        Assert.Equal([3, 7], bound.Sizes);
        Assert.Equal(5L, bound.Cap);
        Assert.Equal([0.5, 2.0], bound.Levels);
        Assert.Equal(1e-3, bound.Rate);
        Assert.Equal(2, bound.Seeds);
        Assert.Equal(DayOfWeek.Sunday, bound.Mode);
        Assert.Equal(["a", "b"], bound.Names!);
        Assert.Equal(9, bound.NotASetting);
        Assert.Equal([2, 3, 4, 5], Full.Sizes); // the full record is not changed
        var auto = KeyValueSettings.Parse("experiment x", ["odd=auto"], SettingsBinder.ExperimentSpecs(Full, Quick));
        Assert.Null(((Sample)SettingsBinder.BindObject(auto, Full with { Odd = [1] })).Odd); // a nullable list may be "auto"
    }

    [Theory]
    [InlineData("sizes=1,4", "experiment x: parameter 'sizes' must hold integers ≥ 2 (got 1)")]
    [InlineData("sizes=4,x", "experiment x: parameter 'sizes': 'x' is not a finite number")]
    [InlineData("seeds=0", "experiment x: parameter 'seeds' must be ≥ 1 (got 0)")]
    [InlineData("seeds=1.5", "experiment x: parameter 'seeds' must be an integer (got '1.5')")]
    [InlineData("cap=0", "experiment x: parameter 'cap' must be ≥ 1 (got 0)")]
    [InlineData("rate=0", "experiment x: parameter 'rate' must be > 0 (got 0)")]
    [InlineData("levels=1,y", "experiment x: parameter 'levels': 'y' is not a finite number")]
    [InlineData("mode=tue", "unknown mode 'tue' (known: mon, sun)")]
    [InlineData("sizes=auto", "experiment x: parameter 'sizes': 'auto' is not a finite number")]
    public void ABadValueGivesOneLineNamingTheKey(string item, string message)
    {
        var given = KeyValueSettings.Parse("experiment x", [item], SettingsBinder.ExperimentSpecs(Full, Quick));
        var e = Assert.Throws<ArgumentException>(() => SettingsBinder.BindObject(given, Quick));
        Assert.Equal(message, e.Message);
    }
}
