using System.Globalization;

namespace SaddleEscape.Experiments.Configuration;

/// <summary>
/// key=value settings given on the command line (<c>--set</c>, <c>--opt</c>, sweep files), checked against the
/// owner's <see cref="ParameterSpec"/> list. Each default is stated once, in its spec: a key that was not given
/// reads the spec's default. Every failure is one <see cref="ArgumentException"/> naming the owner, the key and what
/// was expected.
/// </summary>
public sealed class KeyValueSettings
{
    private readonly Dictionary<string, string> _values;
    private readonly IReadOnlyList<ParameterSpec> _specs;

    private KeyValueSettings(string owner, Dictionary<string, string> values, IReadOnlyList<ParameterSpec> specs)
    {
        Owner = owner;
        _values = values;
        _specs = specs;
    }

    /// <summary>Who the settings belong to (for messages), e.g. "problem octopus".</summary>
    public string Owner { get; }

    /// <summary>No settings given: every key reads its default.</summary>
    public static KeyValueSettings Defaults(string owner, IReadOnlyList<ParameterSpec> specs) =>
        new(owner, new Dictionary<string, string>(StringComparer.Ordinal), specs ?? throw new ArgumentNullException(nameof(specs)));

    /// <summary>Parses "key=value" items and rejects keys not in <paramref name="specs"/>.</summary>
    public static KeyValueSettings Parse(string owner, IEnumerable<string> items, IReadOnlyList<ParameterSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(specs);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var (key, value) = Split(owner, item);
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

        return new KeyValueSettings(owner, values, specs);
    }

    /// <summary>Splits "key=value" (both trimmed); one clear <see cref="ArgumentException"/> otherwise.</summary>
    public static (string Key, string Value) Split(string owner, string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        int eq = item.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == item.Length - 1)
        {
            throw new ArgumentException($"{owner}: setting '{item}' is not of the form key=value");
        }

        return (item[..eq].Trim(), item[(eq + 1)..].Trim());
    }

    /// <summary>True when <paramref name="key"/> was given.</summary>
    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>: the given value, or its spec's default.</summary>
    public string Text(string key) => _values.TryGetValue(key, out var v) ? v : Spec(key).Default;

    /// <summary>True when <paramref name="key"/> reads "auto" (derived from the problem).</summary>
    public bool IsAuto(string key) => Text(key) == "auto";

    /// <summary>A finite floating-point value (invariant culture; "e" and "pi" accepted).</summary>
    public double Number(string key)
    {
        string text = Text(key);
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

    /// <summary>An integer value.</summary>
    public long Integer(string key)
    {
        string text = Text(key);
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
        {
            throw new ArgumentException($"{Owner}: parameter '{key}' must be an integer (got '{text}')");
        }

        return value;
    }

    /// <summary>An integer value that fits an <see cref="int"/>.</summary>
    public int Int32(string key)
    {
        long value = Integer(key);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new ArgumentException(FormattableString.Invariant($"{Owner}: parameter '{key}' is out of range (got {value})"));
    }

    /// <summary>An integer ≥ <paramref name="minimum"/> that fits an <see cref="int"/>.</summary>
    public int Int32AtLeast(string key, int minimum)
    {
        int value = Int32(key);
        return value >= minimum ? value : throw new ArgumentException(FormattableString.Invariant($"{Owner}: parameter '{key}' must be ≥ {minimum} (got {value})"));
    }

    /// <summary>An integer ≥ <paramref name="minimum"/>.</summary>
    public long IntegerAtLeast(string key, long minimum)
    {
        long value = Integer(key);
        return value >= minimum ? value : throw new ArgumentException(FormattableString.Invariant($"{Owner}: parameter '{key}' must be ≥ {minimum} (got {value})"));
    }

    /// <summary>A comma-separated list of integers, each ≥ <paramref name="minimum"/>.</summary>
    public int[] Int32sAtLeast(string key, int minimum) =>
        Numbers(key).Select(v => v >= minimum && v <= int.MaxValue && v == Math.Floor(v)
            ? (int)v
            : throw new ArgumentException(FormattableString.Invariant($"{Owner}: parameter '{key}' must hold integers ≥ {minimum} (got {v})"))).ToArray();

    /// <summary>A finite number &gt; 0.</summary>
    public double Positive(string key)
    {
        double value = Number(key);
        return value > 0 ? value : throw new ArgumentException(FormattableString.Invariant($"{Owner}: parameter '{key}' must be > 0 (got {value})"));
    }

    /// <summary>A true/false value (true/false, 1/0, yes/no, on/off).</summary>
    public bool Boolean(string key)
    {
        string text = Text(key);
        return text.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            _ => throw new ArgumentException($"{Owner}: parameter '{key}' must be true or false (got '{text}')"),
        };
    }

    /// <summary>One of <paramref name="choices"/>.</summary>
    public string Choice(string key, params string[] choices)
    {
        string value = Text(key);
        if (!choices.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{Owner}: parameter '{key}' must be one of {string.Join(", ", choices)} (got '{value}')");
        }

        return value;
    }

    /// <summary>A comma-separated list of finite numbers.</summary>
    public double[] Numbers(string key) =>
        Text(key).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double r) && double.IsFinite(r)
                ? r
                : throw new ArgumentException($"{Owner}: parameter '{key}': '{v}' is not a finite number"))
            .ToArray();

    /// <summary>The given settings.</summary>
    public IReadOnlyDictionary<string, string> Given => _values;

    /// <summary>Every parameter's text as used: the given ones, and the defaults for the rest.</summary>
    public IReadOnlyDictionary<string, string> Effective =>
        _specs.ToDictionary(p => p.Key, p => Text(p.Key), StringComparer.Ordinal);

    private ParameterSpec Spec(string key) =>
        _specs.FirstOrDefault(s => s.Key == key)
        ?? throw new InvalidOperationException($"{Owner}: the code reads parameter '{key}', which its specification does not declare");
}
