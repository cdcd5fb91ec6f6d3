using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// Control variates for the score-function moments, from Stein's identity (Goyal &amp; Ullah Thm. 3): for a polynomial q of
/// degree below m, E[q(x)·S_m(x)] = E[∇^m q(x)] = 0, so E[(y − q(x))·S_m(x)] = E[y·S_m(x)] for every such q. Subtracting the
/// least-squares fit of y on the monomials of degree ≤ 1 (for M₂) or ≤ 2 (for M₃) leaves the moments' expectations
/// unchanged up to the O(1/n) effect of fitting q on the same samples, and removes the part of y's variance that a
/// low-degree polynomial explains — most of it for a sigmoid network. A polynomial's Fourier transform is supported at
/// ω = 0, so the same residuals serve the Fourier method on ‖ω‖ = ξ &gt; 0.
/// </summary>
public static class PolynomialControlVariate
{
    /// <summary>y − q̂(x) with q̂ the least-squares polynomial of the given degree (0, 1 or 2) in the d inputs.</summary>
    public static double[] Residuals(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int dimension, int degree)
    {
        if (degree is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, "degree must be 0, 1 or 2");
        }

        int n = y.Length, d = dimension;
        if (x.Length != n * d)
        {
            throw new ArgumentException($"x must hold n×d = {n}×{d} numbers (got {x.Length})", nameof(x));
        }

        int p = Terms(d, degree);
        var h = Matrix<double>.Build.Dense(n, p);
        for (int i = 0; i < n; i++)
        {
            var xi = x.Slice(i * d, d);
            int c = 0;
            h[i, c++] = 1;
            if (degree >= 1)
            {
                for (int a = 0; a < d; a++)
                {
                    h[i, c++] = xi[a];
                }
            }

            if (degree == 2)
            {
                for (int a = 0; a < d; a++)
                {
                    for (int b = a; b < d; b++)
                    {
                        h[i, c++] = xi[a] * xi[b];
                    }
                }
            }
        }

        var labels = Vector<double>.Build.DenseOfArray(y.ToArray());
        var gram = h.TransposeThisAndMultiply(h);
        double jitter = 1e-10 * Math.Max(1, gram.Diagonal().AbsoluteMaximum());
        for (int j = 0; j < p; j++)
        {
            gram[j, j] += jitter;
        }

        var beta = gram.Cholesky().Solve(h.TransposeThisAndMultiply(labels));
        return (labels - (h * beta)).ToArray();
    }

    /// <summary>
    /// The labels NN-LIFT forms its moments with: with control variates, residuals of degree 1 for M₂ and of degree 2 for M₃
    /// (degree 1 when n &lt; 10 × the number of quadratic terms, too few samples to fit them); without, centred labels for both.
    /// </summary>
    public static (double[] Second, double[] Third) ForMoments(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int dimension, bool controlVariates)
    {
        if (!controlVariates)
        {
            var centered = Residuals(x, y, dimension, 0);
            return (centered, centered);
        }

        var linear = Residuals(x, y, dimension, 1);
        return (linear, y.Length >= 10 * Terms(dimension, 2) ? Residuals(x, y, dimension, 2) : linear);
    }

    /// <summary>The number of monomials of degree ≤ <paramref name="degree"/> in d variables (1, 1 + d, 1 + d + d(d+1)/2).</summary>
    public static int Terms(int dimension, int degree) => degree switch
    {
        0 => 1,
        1 => 1 + dimension,
        _ => 1 + dimension + (dimension * (dimension + 1) / 2),
    };
}
