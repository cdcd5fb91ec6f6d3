using SaddleEscape.Numerics;

namespace SaddleEscape.Problems;

/// <summary>
/// Gradient descent x ← x − η∇f(x) on Du et al. 2017's octopus (<see cref="OctopusFunction"/>) with coordinates held as
/// <see cref="ExtendedDouble"/>. In double precision GD stalls from d = 5 on (with L = e, γ = 1, τ = e, η = 1/(4L)):
/// a coordinate waiting for its saddle halves every step, falls below the smallest subnormal, and the later
/// growth by 1 + 2ηγ per step rounds back to the same subnormal. With a 64-bit exponent the same iteration
/// continues, so the exponential escape time (Du et al. 2017, Thm. 4.1) can be measured past d = 4.
/// <para>
/// Each step computes exactly the operations of <see cref="OctopusFunction.ValueAndGradient"/> followed by the
/// Euclidean GD step of <c>gd</c>, in the same order, so while every coordinate is in double's normal range the
/// iterates are bit-identical to <c>saddle run --optimizer gd</c>'s (tested). f is evaluated in double from the
/// rounded coordinates: a coordinate below double's range contributes less than 10⁻³⁰⁰ to f.
/// </para>
/// </summary>
public static class OctopusExtendedRangeDescent
{
    /// <summary>
    /// Runs GD from <paramref name="start"/> until f(x_t) ≤ <paramref name="targetValue"/> (the iteration t is reported,
    /// as <c>Minimizer</c> counts it) or <paramref name="maxIterations"/> steps; checks <paramref name="cancellation"/> every 2²⁰ steps.
    /// </summary>
    public static OctopusDescentResult Run(OctopusFunction octopus, ReadOnlySpan<double> start, double stepSize, long maxIterations, double targetValue, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(octopus);
        if (start.Length != octopus.Dimension)
        {
            throw new ArgumentException($"start has length {start.Length}, the octopus dimension {octopus.Dimension}", nameof(start));
        }

        if (!(stepSize > 0) || !double.IsFinite(stepSize))
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "step size must be a finite number > 0");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxIterations);
        int d = octopus.Dimension;
        var x = new ExtendedDouble[d];
        for (int j = 0; j < d; j++)
        {
            x[j] = ExtendedDouble.FromDouble(start[j]);
        }

        var rounded = new double[d];
        var gradient = new ExtendedDouble[d];
        double value = double.NaN;
        double smallestSeen = double.PositiveInfinity;
        for (long t = 0; ; t++)
        {
            if ((t & 0xFFF) == 0)
            {
                smallestSeen = Math.Min(smallestSeen, Smallest(x));
            }

            Round(x, rounded);
            value = octopus.Value(rounded);
            if (double.IsPositiveInfinity(value))
            {
                return Result(t, reached: false, leftDomain: true, value, octopus, x, rounded, smallestSeen);
            }

            if (value <= targetValue)
            {
                return Result(t, reached: true, leftDomain: false, value, octopus, x, rounded, smallestSeen);
            }

            if (t == maxIterations)
            {
                return Result(t, reached: false, leftDomain: false, value, octopus, x, rounded, smallestSeen);
            }

            if ((t & 0xFFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            Step(octopus, x, rounded, stepSize, gradient);
        }
    }

    /// <summary>
    /// One GD step in place: <paramref name="rounded"/> must hold <paramref name="x"/> rounded to doubles (it decides the
    /// region and the branches, as in <see cref="OctopusFunction"/>); <paramref name="gradient"/> is work space.
    /// </summary>
    public static void Step(OctopusFunction octopus, Span<ExtendedDouble> x, ReadOnlySpan<double> rounded, double stepSize, Span<ExtendedDouble> gradient)
    {
        ArgumentNullException.ThrowIfNull(octopus);
        int d = x.Length;
        int i = octopus.Region(rounded);
        double l = octopus.L, tau = octopus.Tau;
        for (int j = 0; j < Math.Min(i, d); j++)
        {
            double u = Math.Abs(rounded[j]);
            gradient[j] = ExtendedDouble.FromDouble(2 * l * (u - (4 * tau)) * Math.Sign(rounded[j]));
        }

        int tailStart = d;
        if (i < d)
        {
            double ui = Math.Abs(rounded[i]);
            tailStart = i + 1;
            if (ui <= tau)
            {
                gradient[i] = x[i] * (-2 * octopus.Gamma);
            }
            else
            {
                var dgi = ExtendedDouble.FromDouble(octopus.G1Prime(ui));
                if (i + 1 < d)
                {
                    var next = x[i + 1];
                    dgi += next * octopus.G2Prime(ui) * next;
                    gradient[i + 1] = next * (2 * octopus.G2(ui));
                    tailStart = i + 2;
                }

                gradient[i] = dgi * Math.Sign(rounded[i]);
            }
        }

        for (int j = tailStart; j < d; j++)
        {
            gradient[j] = x[j] * (2 * l);
        }

        for (int j = 0; j < d; j++)
        {
            x[j] += gradient[j] * -stepSize;
        }
    }

    private static void Round(ReadOnlySpan<ExtendedDouble> x, Span<double> rounded)
    {
        for (int j = 0; j < x.Length; j++)
        {
            rounded[j] = x[j].ToDouble();
        }
    }

    private static double Smallest(ReadOnlySpan<ExtendedDouble> x)
    {
        double smallest = double.PositiveInfinity;
        foreach (var v in x)
        {
            if (!v.IsZero)
            {
                smallest = Math.Min(smallest, v.Log2Magnitude);
            }
        }

        return smallest;
    }

    private static OctopusDescentResult Result(long t, bool reached, bool leftDomain, double value, OctopusFunction octopus, ExtendedDouble[] x, double[] rounded, double smallestSeen) =>
        new(reached ? t : null, t, value, octopus.Region(rounded), leftDomain, Math.Min(smallestSeen, Smallest(x)), (double[])rounded.Clone());
}
