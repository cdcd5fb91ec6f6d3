using MathNet.Numerics.Distributions;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// f on the plane through x₀ spanned by two directions: f(x₀ + αu + βv) on a grid of (α, β) — the 2-D view of a
/// landscape (for a 2-D objective with u, v the axes it is the objective itself; for networks, Li et al. 2018's
/// filter-normalised random directions). Points outside a restricted domain are +∞ (drawn as gaps).
/// </summary>
public sealed class PlaneSlice
{
    private PlaneSlice(double[] center, double[] u, double[] v, double[] alphas, double[] betas, double[,] values)
    {
        (Center, U, V, Alphas, Betas, Values) = (center, u, v, alphas, betas, values);
    }

    /// <summary>x₀.</summary>
    public double[] Center { get; }

    /// <summary>The first direction.</summary>
    public double[] U { get; }

    /// <summary>The second direction (orthogonalised against the first, same norm as given).</summary>
    public double[] V { get; }

    /// <summary>α grid.</summary>
    public double[] Alphas { get; }

    /// <summary>β grid.</summary>
    public double[] Betas { get; }

    /// <summary>f at (α_i, β_j): Values[j, i] (rows β, columns α).</summary>
    public double[,] Values { get; }

    /// <summary>Evaluates f on a <paramref name="resolution"/>² grid over [−range, range]² through <paramref name="center"/>.</summary>
    public static PlaneSlice Compute(IObjective objective, double[] center, double[] u, double[] v, double range, int resolution)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(v);
        if (center.Length != objective.Dimension || u.Length != center.Length || v.Length != center.Length)
        {
            throw new ArgumentException($"the point and both directions need length {objective.Dimension}");
        }

        if (!(range > 0) || !double.IsFinite(range) || resolution < 2)
        {
            throw new ArgumentException($"a slice needs range > 0 and resolution ≥ 2 (got {range}, {resolution})");
        }

        double un = TensorPrimitives.Norm(u), vn = TensorPrimitives.Norm(v);
        if (!(un > 0) || !(vn > 0))
        {
            throw new ArgumentException("the directions must be nonzero");
        }

        // v ⊥ u, keeping v's length, so that (α, β) are orthogonal coordinates.
        var w = (double[])v.Clone();
        TensorPrimitives.MultiplyAdd(u, -TensorPrimitives.Dot(u, w) / (un * un), w, w);
        double wn = TensorPrimitives.Norm(w);
        if (!(wn > 1e-12 * vn))
        {
            throw new ArgumentException("the two directions are parallel");
        }

        TensorPrimitives.Multiply(w, vn / wn, w);
        var grid = Enumerable.Range(0, resolution).Select(i => -range + (2 * range * i / (resolution - 1))).ToArray();
        var values = new double[resolution, resolution];
        var x = new double[center.Length];
        for (int j = 0; j < resolution; j++)
        {
            for (int i = 0; i < resolution; i++)
            {
                for (int k = 0; k < x.Length; k++)
                {
                    x[k] = center[k] + (grid[i] * u[k]) + (grid[j] * w[k]);
                }

                values[j, i] = objective is IRestrictedDomain domain && !domain.Contains(x) ? double.PositiveInfinity : objective.Value(x);
            }
        }

        return new PlaneSlice(center, u, w, grid, (double[])grid.Clone(), values);
    }

    /// <summary>
    /// Two random directions (Gaussian, seeded), each rescaled block by block to the norm of the matching block of
    /// <paramref name="center"/> (Li et al. 2018's filter normalisation; one block = the whole vector); a block of x₀
    /// that is zero keeps unit norm.
    /// </summary>
    public static (double[] U, double[] V) RandomDirections(double[] center, int seed, IReadOnlyList<int>? blocks = null)
    {
        ArgumentNullException.ThrowIfNull(center);
        var random = new Random(seed);
        var sizes = blocks ?? [center.Length];
        if (sizes.Sum() != center.Length || sizes.Any(s => s < 1))
        {
            throw new ArgumentException($"the blocks must be positive and add up to {center.Length}");
        }

        double[] Direction()
        {
            var d = new double[center.Length];
            Normal.Samples(random, d, 0, 1);
            int offset = 0;
            foreach (int size in sizes)
            {
                var block = d.AsSpan(offset, size);
                double target = TensorPrimitives.Norm(center.AsSpan(offset, size));
                TensorPrimitives.Multiply(block, (target > 0 ? target : 1) / TensorPrimitives.Norm(block), block);
                offset += size;
            }

            return d;
        }

        return (Direction(), Direction());
    }

    /// <summary>The (α, β) coordinates of points projected onto the plane.</summary>
    public (double Alpha, double Beta)[] Project(IEnumerable<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double uu = TensorPrimitives.Dot(U, U), vv = TensorPrimitives.Dot(V, V);
        var offset = new double[Center.Length];
        return [.. points.Select(p =>
        {
            TensorPrimitives.Subtract(p, Center, offset);
            return (TensorPrimitives.Dot(offset, U) / uu, TensorPrimitives.Dot(offset, V) / vv);
        })];
    }
}
