using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Tests.Experiments;

/// <summary>Checks that a job or record of a part hierarchy round-trips through the store's JSON (<see cref="ExperimentJson"/>).</summary>
internal static class PartJson
{
    /// <summary>
    /// Serialises <paramref name="value"/> as its base type <typeparamref name="TBase"/>, asserts that the JSON opens with
    /// the discriminator <paramref name="discriminator"/>: <paramref name="part"/> ("part" unless named), reads it back as <typeparamref name="TBase"/> and asserts the same
    /// derived type and the same JSON again (which lists every value, arrays included); returns what was read.
    /// </summary>
    public static TBase RoundTrip<TBase>(TBase value, string part, string discriminator = "part") where TBase : notnull
    {
        string json = ExperimentJson.Serialize(value);
        Assert.StartsWith($"{{\"{discriminator}\":\"{part}\",", json, StringComparison.Ordinal);
        var back = ExperimentJson.Deserialize<TBase>(json);
        Assert.IsType(value.GetType(), back);
        Assert.Equal(json, ExperimentJson.Serialize(back));
        return back;
    }
}
