using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Freeman &amp; Bruna 2017's dynamic string sampling (Bruna 2018, lecture 10, "Finding connected components"): are two
/// points θ₁, θ₂ with E ≤ u₀ in the same connected component of the sub-level set Ω_{u₀} = {E ≤ u₀}, and how long is a
/// path inside it? Start from the segment [θ₁, θ₂]; repeatedly take the segment whose energy (checked at evenly spaced
/// interior points and refined by golden-section search) peaks highest, put a bead at that peak, and pull the bead down into Ω_{u₀} by gradient steps that stop
/// as soon as E ≤ u₀ (so the bead stays near the segment — the lecture's θ₃ = argmin_{E(θ) ≤ u₀} ‖θ − θ_m‖, approximated
/// by the first point of the gradient flow inside the set); stop when every segment stays below u₀·(1 + margin) or the
/// bead budget is spent. The path's normalised length Σ‖θᵢ₊₁ − θᵢ‖ / ‖θ_N − θ₁‖ measures how curved the level set is.
/// Euclidean parameters only.
/// </summary>
public static class DynamicStringSampling
{
    /// <summary>Connects <paramref name="start"/> and <paramref name="end"/> inside {E ≤ <paramref name="level"/>}.</summary>
    public static LevelSetPath Connect(IObjective energy, ReadOnlySpan<double> start, ReadOnlySpan<double> end, double level, StringSamplingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(energy);
        options = (options ?? new StringSamplingOptions()).Validate();
        if (start.Length != energy.Dimension || end.Length != energy.Dimension)
        {
            throw new ArgumentException($"end points must have the energy's dimension {energy.Dimension} (got {start.Length} and {end.Length})");
        }

        if (!double.IsFinite(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "the level u₀ must be finite");
        }

        var oracle = new Oracle(energy);
        double threshold = level + (options.Margin * Math.Max(Math.Abs(level), 1e-12));
        var beads = new List<double[]> { start.ToArray(), end.ToArray() };
        var point = new double[start.Length];
        int inserted = 0, failed = 0;
        long values = 0;
        for (; ; )
        {
            // The highest energy on each segment, and where.
            int worst = -1;
            double worstEnergy = double.NegativeInfinity, worstT = 0;
            double maxEnergy = double.NegativeInfinity;
            for (int i = 0; i + 1 < beads.Count; i++)
            {
                var (t, e, used) = SegmentPeak(energy, beads[i], beads[i + 1], options.Checks, point);
                values += used;
                maxEnergy = Math.Max(maxEnergy, e);
                if (e > worstEnergy)
                {
                    (worst, worstEnergy, worstT) = (i, e, t);
                }
            }

            bool connected = worstEnergy <= threshold;
            if (connected || inserted >= options.MaxBeads)
            {
                return new LevelSetPath(beads, level, threshold, maxEnergy, connected, NormalizedLength(beads), inserted, failed, oracle.Counts.GradientEquivalents, values);
            }

            var bead = new double[start.Length];
            Interpolate(beads[worst], beads[worst + 1], worstT, bead);
            if (!PullDown(oracle, bead, level, options))
            {
                failed++;
            }

            beads.Insert(worst + 1, bead);
            inserted++;
        }
    }

    /// <summary>Σ‖θᵢ₊₁ − θᵢ‖ / ‖θ_N − θ₁‖.</summary>
    public static double NormalizedLength(IReadOnlyList<double[]> beads)
    {
        ArgumentNullException.ThrowIfNull(beads);
        double length = 0;
        for (int i = 0; i + 1 < beads.Count; i++)
        {
            length += TensorPrimitives.Distance(beads[i], beads[i + 1]);
        }

        return length / TensorPrimitives.Distance(beads[0], beads[^1]);
    }

    // The energy's maximum along [a, b]: the best of evenly spaced checks, refined by golden-section search between its
    // neighbours (so a narrow barrier's top is not missed by the grid).
    private static (double T, double Energy, int Evaluations) SegmentPeak(IObjective energy, double[] a, double[] b, int checks, double[] point)
    {
        int evaluations = 0;
        double E(double t)
        {
            Interpolate(a, b, t, point);
            evaluations++;
            return energy.Value(point);
        }

        int best = 0;
        double bestEnergy = double.NegativeInfinity;
        for (int c = 0; c <= checks + 1; c++)
        {
            double e = E(c / (double)(checks + 1));
            if (e > bestEnergy)
            {
                (best, bestEnergy) = (c, e);
            }
        }

        double lo = Math.Max(0, (best - 1) / (double)(checks + 1)), hi = Math.Min(1, (best + 1) / (double)(checks + 1));
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - (ratio * (hi - lo)), x2 = lo + (ratio * (hi - lo));
        double f1 = E(x1), f2 = E(x2);
        for (int k = 0; k < 40; k++)
        {
            if (f1 > f2)
            {
                (hi, x2, f2) = (x2, x1, f1);
                x1 = hi - (ratio * (hi - lo));
                f1 = E(x1);
            }
            else
            {
                (lo, x1, f1) = (x1, x2, f2);
                x2 = lo + (ratio * (hi - lo));
                f2 = E(x2);
            }
        }

        double bestT = best / (double)(checks + 1);
        var (refinedT, refined) = f1 > f2 ? (x1, f1) : (x2, f2);
        return refined > bestEnergy ? (refinedT, refined, evaluations) : (bestT, bestEnergy, evaluations);
    }

    private static bool PullDown(Oracle oracle, double[] x, double level, StringSamplingOptions options)
    {
        var g = new double[x.Length];
        for (int step = 0; step < options.MaxPullSteps; step++)
        {
            double e = oracle.ValueAndGradient(x, g);
            if (e <= level)
            {
                return true;
            }

            TensorPrimitives.MultiplyAdd(g, -options.StepSize, x, x);
        }

        return oracle.Objective.Value(x) <= level;
    }

    private static void Interpolate(double[] a, double[] b, double t, double[] result)
    {
        for (int i = 0; i < a.Length; i++)
        {
            result[i] = a[i] + (t * (b[i] - a[i]));
        }
    }
}
