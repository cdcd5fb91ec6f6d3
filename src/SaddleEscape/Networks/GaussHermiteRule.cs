using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Networks;

/// <summary>
/// n-point Gauss–Hermite quadrature for the standard normal measure, E[g(z)] ≈ Σ w_i g(z_i), exact for
/// polynomials of degree ≤ 2n − 1. Nodes and weights by Golub–Welsch: the nodes are the eigenvalues
/// of the Jacobi matrix of He_k (zero diagonal, off-diagonal √k), the weights the squared first
/// components of its unit eigenvectors (MathNet has Gauss–Legendre and Kronrod rules but no Hermite one).
/// </summary>
public sealed class GaussHermiteRule
{
    /// <summary>The rule with <paramref name="points"/> nodes (2 … 400).</summary>
    public GaussHermiteRule(int points)
    {
        if (points < 1 || points > 400)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "Gauss–Hermite points must be in [1, 400]");
        }

        var jacobi = Matrix<double>.Build.Dense(points, points);
        for (int k = 1; k < points; k++)
        {
            jacobi[k - 1, k] = Math.Sqrt(k);
            jacobi[k, k - 1] = Math.Sqrt(k);
        }

        var evd = jacobi.Evd(Symmetricity.Symmetric);
        Nodes = new double[points];
        Weights = new double[points];
        for (int i = 0; i < points; i++)
        {
            Nodes[i] = evd.EigenValues[i].Real;
            double v = evd.EigenVectors[0, i];
            Weights[i] = v * v;
        }
    }

    /// <summary>z_i.</summary>
    public double[] Nodes { get; }

    /// <summary>w_i (they sum to 1).</summary>
    public double[] Weights { get; }

    /// <summary>Σ w_i g(z_i) ≈ E[g(z)], z ~ N(0, 1).</summary>
    public double Expectation(Func<double, double> g)
    {
        ArgumentNullException.ThrowIfNull(g);
        double sum = 0;
        for (int i = 0; i < Nodes.Length; i++)
        {
            sum += Weights[i] * g(Nodes[i]);
        }

        return sum;
    }
}
