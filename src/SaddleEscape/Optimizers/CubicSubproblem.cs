using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// The cubic-regularisation subproblem min_s m(s) = gᵀs + ½sᵀHs + (σ/3)‖s‖³ (Nesterov &amp; Polyak 2006; Cartis, Gould &amp; Toint 2011),
/// from gradients and Hessian-vector products only. s is global iff (H + μI)s = −g, μ = σ‖s‖ and H + μI ⪰ 0 (Cartis et al. 2011,
/// Thm. 3.1). We solve it in a subspace: a Lanczos basis of the Krylov space K(H, g) (full reorthogonalisation, at most
/// <c>krylovDimension</c> vectors), augmented by the Ritz vector of the smallest eigenvalue of H found by a separate Lanczos
/// run from a random start. The augmentation handles the hard case — g without a component along the bottom eigenvector,
/// g = 0 at a saddle included — where K(H, g) never sees the negative curvature and plain Krylov methods return s = 0. In
/// the subspace the problem is solved exactly (<see cref="SolveDense"/>). We chose this over gradient descent on m (Carmon
/// &amp; Duchi 2019) because the exact small solve meets the optimality conditions to rounding, which the tests check against a
/// dense solution, at the price of up to 2·krylovDimension HVPs per call.
/// </summary>
public static class CubicSubproblem
{
    /// <summary>The global minimiser of bᵀy + ½yᵀAy + (σ/3)‖y‖³ for a small dense symmetric A (eigendecomposition and bisection on μ).</summary>
    public static (double[] Y, double Multiplier, bool HardCase, double[]? Alternative) SolveDense(Matrix<double> a, Vector<double> b, double sigma)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!(sigma > 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "σ must be positive and finite");
        }

        int m = a.RowCount;
        var evd = ((a + a.Transpose()) / 2).Evd(Symmetricity.Symmetric);
        var lambda = evd.EigenValues.Select(c => c.Real).ToArray();
        var v = evd.EigenVectors;
        var bt = v.TransposeThisAndMultiply(b).ToArray();
        int[] order = Enumerable.Range(0, m).OrderBy(i => lambda[i]).ToArray();
        double lowest = lambda[order[0]];
        double lo = Math.Max(0, -lowest);
        double bNorm = b.L2Norm(), scale = Math.Max(1, lambda.Max(Math.Abs));
        // Eigen-directions at the bottom of the spectrum (within rounding) that g does not reach.
        var bottom = order.Where(i => lambda[i] - lowest <= 1e-12 * scale).ToArray();
        bool orthogonal = bottom.All(i => Math.Abs(bt[i]) <= 1e-13 * Math.Max(bNorm, 1e-300));
        double Norm(double mu, bool skipBottom)
        {
            double sum = 0;
            for (int i = 0; i < m; i++)
            {
                if (skipBottom && bottom.Contains(i))
                {
                    continue;
                }

                double c = bt[i] / (lambda[i] + mu);
                sum += c * c;
            }

            return Math.Sqrt(sum);
        }

        if (bNorm == 0 && lowest >= 0)
        {
            return (new double[m], 0, false, null);
        }

        double mu;
        bool hard = false;
        double tau = 0;
        if (lowest < 0 && orthogonal && Norm(lo, skipBottom: true) <= lo / sigma)
        {
            mu = lo;
            hard = true;
            double rest = Norm(lo, skipBottom: true);
            tau = Math.Sqrt(Math.Max(0, (lo / sigma * (lo / sigma)) - (rest * rest)));
        }
        else
        {
            double left = lo, right = lo + Math.Max(1, Math.Sqrt(bNorm / sigma));
            while (Norm(right, false) > right / sigma)
            {
                right = lo + (2 * (right - lo));
            }

            for (int it = 0; it < 300 && right - left > 1e-16 * Math.Max(1, right); it++)
            {
                double mid = 0.5 * (left + right);
                if (mid <= lo || Norm(mid, false) > mid / sigma)
                {
                    left = mid;
                }
                else
                {
                    right = mid;
                }
            }

            mu = right;
        }

        var y = new double[m];
        for (int i = 0; i < m; i++)
        {
            if (hard && bottom.Contains(i))
            {
                continue;
            }

            double c = -bt[i] / (lambda[i] + mu);
            for (int r = 0; r < m; r++)
            {
                y[r] += c * v[r, i];
            }
        }

        double[]? alternative = null;
        if (hard)
        {
            alternative = (double[])y.Clone();
            int j = bottom[0];
            for (int r = 0; r < m; r++)
            {
                y[r] += tau * v[r, j];
                alternative[r] -= tau * v[r, j];
            }
        }

        return (y, mu, hard, alternative);
    }

    /// <summary>m(s) for the operator H (one HVP).</summary>
    public static double Model(ISymmetricOperator hessian, ReadOnlySpan<double> gradient, ReadOnlySpan<double> step, double sigma)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        var hs = new double[step.Length];
        hessian.Apply(step, hs);
        double norm = TensorPrimitives.Norm(step);
        return TensorPrimitives.Dot(gradient, step) + (0.5 * TensorPrimitives.Dot(step, hs)) + (sigma / 3 * norm * norm * norm);
    }

    /// <summary>The subproblem for H (on its domain) and a gradient g in that domain; see the type's remarks.</summary>
    public static CubicStep Solve(ISymmetricOperator hessian, ReadOnlySpan<double> gradient, double sigma, int krylovDimension, int seed)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentOutOfRangeException.ThrowIfLessThan(krylovDimension, 1);
        var basis = KrylovBasis.Build(hessian, gradient, krylovDimension, seed);
        if (basis.Vectors.Count == 0)
        {
            return new CubicStep(new double[hessian.Dimension], 0, 0, false, null, 0);
        }

        var (a, b) = basis.Project(gradient);
        var (y, mu, hard, alternative) = SolveDense(a, b, sigma);
        double lowest = a.Evd(Symmetricity.Symmetric).EigenValues.Min(c => c.Real);
        var yv = Vector<double>.Build.DenseOfArray(y);
        double yNorm = yv.L2Norm();
        double model = b.DotProduct(yv) + (0.5 * yv.DotProduct(a * yv)) + (sigma / 3 * yNorm * yNorm * yNorm);
        return new CubicStep(basis.Combine(y), -model, mu, hard, alternative is null ? null : basis.Combine(alternative), lowest);
    }
}
