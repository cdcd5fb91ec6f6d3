using System.Globalization;

namespace SaddleEscape.Optimizers;

/// <summary>Parameter validation that names the optimiser and the parameter in one clear message.</summary>
internal static class ParameterGuard
{
    public static double Positive(string optimizer, string parameter, double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw Invalid(optimizer, parameter, value, "a finite number > 0");
        }

        return value;
    }

    public static double? PositiveOrAuto(string optimizer, string parameter, double? value) =>
        value is { } v ? Positive(optimizer, parameter, v) : null;

    public static double NonNegative(string optimizer, string parameter, double value)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw Invalid(optimizer, parameter, value, "a finite number ≥ 0");
        }

        return value;
    }

    public static double InRange(string optimizer, string parameter, double value, double low, double high)
    {
        if (!(value >= low && value <= high))
        {
            throw Invalid(optimizer, parameter, value, string.Create(CultureInfo.InvariantCulture, $"in [{low}, {high}]"));
        }

        return value;
    }

    public static int AtLeast(string optimizer, string parameter, int value, int minimum)
    {
        if (value < minimum)
        {
            throw Invalid(optimizer, parameter, value, string.Create(CultureInfo.InvariantCulture, $"an integer ≥ {minimum}"));
        }

        return value;
    }

    public static long AtLeast(string optimizer, string parameter, long value, long minimum)
    {
        if (value < minimum)
        {
            throw Invalid(optimizer, parameter, value, string.Create(CultureInfo.InvariantCulture, $"an integer ≥ {minimum}"));
        }

        return value;
    }

    private static ArgumentException Invalid(string optimizer, string parameter, double value, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{optimizer}: parameter '{parameter}' must be {expected} (got {value})"), parameter);

    /// <summary>Checks the inputs shared by Jin et al.'s parameter formulas (PGD 2017, PAGD 2018).</summary>
    public static void TheoryInputs(string optimizer, int dimension, double gradientLipschitz, double hessianLipschitz, double epsilon, double c, double delta, double valueGap)
    {
        AtLeast(optimizer, "dimension", dimension, 1);
        Positive(optimizer, "l", gradientLipschitz);
        Positive(optimizer, "rho", hessianLipschitz);
        Positive(optimizer, "epsilon", epsilon);
        Positive(optimizer, "c", c);
        InRange(optimizer, "delta", delta, double.Epsilon, 1);
        Positive(optimizer, "delta_f", valueGap);
    }
}
