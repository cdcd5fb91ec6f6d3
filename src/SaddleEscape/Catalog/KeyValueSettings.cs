using System.Globalization;

namespace SaddleEscape.Catalog;

/// <summary>
/// key=value settings given on the command line (<c>--set</c>, <c>--opt</c>), checked against the
/// owner's <see cref="ParameterSpec"/> list. Every failure is one <see cref="ArgumentException"/>
/// naming the owner, the key and what was expected.
/// </summary>
public sealed class KeyValueSettings
{
    private readonly Dictionary<string, string> _values;

    private KeyValueSettings(string owner, Dictionary<string, string> values)
    {
        Owner = owner;
        _values = values;
    }

    /// <summary>Who the settings belong to (for messages), e.g. "problem octopus".</summary>
    public string Owner { get; }

    /// <summary>No settings.</summary>
    public static KeyValueSettings Empty(string owner) => new(owner, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Parses "key=value" items and rejects keys not in <paramref name="specs"/>.</summary>
    public static KeyValueSettings Parse(string owner, IEnumerable<string> items, IReadOnlyList<ParameterSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(specs);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            int eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == item.Length - 1)
            {
                throw new ArgumentException($"{owner}: setting '{item}' is not of the form key=value");
            }

            string key = item[..eq].Trim();
            string value = item[(eq + 1)..].Trim();
            if (!specs.Any(s => s.Key == key))
            {
                string known = specs.Count == 0 ? "none" : string.Join(", ", specs.Select(s => s.Key));
                throw new ArgumentException($"{owner}: unknown parameter '{key}' (known: {known})");
            }

            if (!values.TryAdd(key, value))
            {
                throw new ArgumentException($"{owner}: parameter '{key}' given twice");
            }
        }

        return new KeyValueSettings(owner, values);
    }

    /// <summary>True when <paramref name="key"/> was given.</summary>
    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>The raw text of <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
    public string Text(string key, string fallback) => _values.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>A floating-point value (invariant culture; "e" and "pi" accepted), or <paramref name="fallback"/>.</summary>
    public double Number(string key, double fallback)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (text is "e")
        {
            return Math.E;
        }

        if (text is "pi")
        {
            return Math.PI;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new ArgumentException($"{Owner}: parameter '{key}' must be a finite number (got '{text}')");
        }

        return value;
    }

    /// <summary>An integer value, or <paramref name="fallback"/>.</summary>
    public long Integer(string key, long fallback)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
        {
            throw new ArgumentException($"{Owner}: parameter '{key}' must be an integer (got '{text}')");
        }

        return value;
    }

    /// <summary>A true/false value, or <paramref name="fallback"/>.</summary>
    public bool Boolean(string key, bool fallback)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        return text.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            _ => throw new ArgumentException($"{Owner}: parameter '{key}' must be true or false (got '{text}')"),
        };
    }

    /// <summary>One of <paramref name="choices"/>, or <paramref name="fallback"/>.</summary>
    public string Choice(string key, string fallback, params string[] choices)
    {
        string value = Text(key, fallback);
        if (!choices.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{Owner}: parameter '{key}' must be one of {string.Join(", ", choices)} (got '{value}')");
        }

        return value;
    }

    /// <summary>All given settings, for summaries.</summary>
    public IReadOnlyDictionary<string, string> Given => _values;
}
