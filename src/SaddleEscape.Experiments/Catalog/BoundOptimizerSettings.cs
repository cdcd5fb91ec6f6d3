using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>An optimiser's settings as a command line gave them: the parsed text, the typed record, and what the problem recommended.</summary>
/// <param name="Given">The key=value items as parsed (extra keys such as PGD's <c>mode</c> included).</param>
/// <param name="Settings">The typed record: defaults, then the problem's recommendations, then the given values.</param>
/// <param name="RecommendedAndUsed">The problem's recommended key=value items that the user did not override.</param>
public sealed record BoundOptimizerSettings(KeyValueSettings Given, IOptimizerSettings Settings, IReadOnlyList<string> RecommendedAndUsed)
{
    /// <summary>Every parameter as used, key → text: the record's settings, then the extra keys.</summary>
    public IReadOnlyDictionary<string, string> Effective
    {
        get
        {
            var all = new Dictionary<string, string>(global::SaddleEscape.Settings.SettingsSchema.Describe(Settings), StringComparer.Ordinal);
            foreach (var (key, value) in Given.Effective)
            {
                all.TryAdd(key, value);
            }

            return all;
        }
    }
}
