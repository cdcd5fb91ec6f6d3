namespace SaddleEscape.Tensors;

/// <summary>
/// Recovery error of estimated components against true ones, minimised over permutations and
/// sign flips: the assignment π minimising Σ_i min_s ‖u_i − s·a_π(i)‖² (Hungarian algorithm,
/// exact), and the error reported is the largest matched distance max_i min_s ‖u_i − s·a_π(i)‖.
/// With fewer estimates than truths, only the estimates are matched.
/// </summary>
public static class ComponentMatching
{
    /// <summary>Error of the m estimates (rows of <paramref name="estimates"/>, m×d flat) against the k truths (k×d flat), m ≤ k.</summary>
    public static double Error(ReadOnlySpan<double> estimates, ReadOnlySpan<double> truths, int dimension) =>
        Match(estimates, truths, dimension).Distances.Max();

    /// <summary>
    /// The optimal matching: estimate i ↔ truth Assignment[i] with sign Signs[i] (±1, the sign s minimising ‖u_i − s·a‖),
    /// and the matched distances min_s ‖u_i − s·a_π(i)‖.
    /// </summary>
    public static (int[] Assignment, int[] Signs, double[] Distances) Match(ReadOnlySpan<double> estimates, ReadOnlySpan<double> truths, int dimension)
    {
        int m = estimates.Length / dimension, k = truths.Length / dimension;
        if (m > k || m * dimension != estimates.Length || k * dimension != truths.Length || m == 0)
        {
            throw new ArgumentException($"need 1 ≤ m ≤ k vectors of length {dimension} (got {estimates.Length} and {truths.Length} numbers)");
        }

        var cost = new double[m, k];
        var signs = new int[m, k];
        for (int i = 0; i < m; i++)
        {
            var u = estimates.Slice(i * dimension, dimension);
            for (int j = 0; j < k; j++)
            {
                var a = truths.Slice(j * dimension, dimension);
                double plus = 0, minus = 0;
                for (int l = 0; l < dimension; l++)
                {
                    plus += (u[l] - a[l]) * (u[l] - a[l]);
                    minus += (u[l] + a[l]) * (u[l] + a[l]);
                }

                cost[i, j] = Math.Min(plus, minus);
                signs[i, j] = plus <= minus ? 1 : -1;
            }
        }

        var assignment = Hungarian(cost);
        var chosenSigns = new int[m];
        var distances = new double[m];
        for (int i = 0; i < m; i++)
        {
            chosenSigns[i] = signs[i, assignment[i]];
            distances[i] = Math.Sqrt(cost[i, assignment[i]]);
        }

        return (assignment, chosenSigns, distances);
    }

    /// <summary>Minimum-cost assignment of each of the n rows to a distinct column (n ≤ columns); O(n²·columns).</summary>
    internal static int[] Hungarian(double[,] cost)
    {
        int n = cost.GetLength(0), m = cost.GetLength(1);
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    double cur = cost[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (int j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var assignment = new int[n];
        for (int j = 1; j <= m; j++)
        {
            if (p[j] != 0)
            {
                assignment[p[j] - 1] = j - 1;
            }
        }

        return assignment;
    }
}
