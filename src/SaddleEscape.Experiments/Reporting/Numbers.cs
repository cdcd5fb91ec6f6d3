using System.Globalization;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>
/// The one number style of reports: three significant digits, plain between 10⁻³ and 10⁵ ("0.0017", "868", "4"),
/// scientific outside ("1.45e-11"), integers with narrow-space thousands ("1 000 000"), "—" for a missing value and
/// "∞" for a censored one. CSV files instead carry round-trip numbers, "true"/"false" and empty cells.
/// </summary>
public static class Numbers
{
    /// <summary>Narrow no-break space (U+202F), the thousands separator.</summary>
    public const string ThinSpace = "\u202F";

    /// <summary>A measured value with <paramref name="significant"/> significant digits.</summary>
    public static string Format(double value, int significant = 3)
    {
        if (double.IsNaN(value))
        {
            return "—";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        if (value == 0)
        {
            return "0";
        }

        double magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e5)
        {
            int decimals = Math.Max(0, significant - 1 - (int)Math.Floor(Math.Log10(magnitude)));
            double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            string text = rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (text.Contains('.', StringComparison.Ordinal))
            {
                text = text.TrimEnd('0').TrimEnd('.');
            }

            text = Group(text);
            return text.StartsWith('-') ? "−" + text[1..] : text;
        }

        string s = value.ToString("E" + (significant - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int e = s.IndexOf('E', StringComparison.Ordinal);
        string mantissa = s[..e];
        if (mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        }

        int exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string result = string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{exponent}");
        return result.StartsWith('-') ? "−" + result[1..] : result;
    }

    /// <summary>A count with narrow-space thousands: 1 000 000.</summary>
    public static string Count(long value) => Group(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A median count: rounded, "∞" when censored (+∞), "—" when missing.</summary>
    public static string Count(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : double.IsNaN(value) ? "—" : Count((long)Math.Round(value));

    /// <summary>A count or a censored one (+∞ → "&gt; cap").</summary>
    public static string Count(double value, long cap) =>
        double.IsPositiveInfinity(value) ? $"> {Count(cap)}" : double.IsNaN(value) ? "—" : Count((long)Math.Round(value));

    /// <summary>A fraction as a percentage: "24.1 %".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        double.IsNaN(fraction) ? "—" : (100 * fraction).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " %";

    /// <summary>"1 trial", "3 trials": the count with the noun in the number it needs (never "1 trial(s)").</summary>
    public static string Many(long count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>"k/n".</summary>
    public static string Ratio(int k, int n) => string.Create(CultureInfo.InvariantCulture, $"{k}/{n}");

    /// <summary>A number for CSV: round-trip digits, "inf"/"-inf", empty for NaN.</summary>
    public static string Csv(double value) =>
        double.IsNaN(value) ? "" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A nullable number for CSV (null → empty).</summary>
    public static string Csv(double? value) => value is { } v ? Csv(v) : "";

    /// <summary>A boolean for CSV: "true" or "false".</summary>
    public static string Csv(bool value) => value ? "true" : "false";

    private static string Group(string digits)
    {
        bool negative = digits.StartsWith('-');
        string body = negative ? digits[1..] : digits;
        int dot = body.IndexOf('.', StringComparison.Ordinal);
        string whole = dot >= 0 ? body[..dot] : body;
        string fraction = dot >= 0 ? body[dot..] : "";
        if (whole.Length > 4)
        {
            var groups = new List<string>();
            for (int end = whole.Length; end > 0; end -= 3)
            {
                groups.Insert(0, whole[Math.Max(0, end - 3)..end]);
            }

            whole = string.Join(ThinSpace, groups);
        }

        return (negative ? "-" : "") + whole + fraction;
    }
}
